namespace CodiBot.Tests; internal static class Placeholder;
