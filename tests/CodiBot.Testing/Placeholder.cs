namespace CodiBot.Testing; internal static class Placeholder;
