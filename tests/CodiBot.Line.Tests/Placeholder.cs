namespace CodiBot.Line.Tests; internal static class Placeholder;
