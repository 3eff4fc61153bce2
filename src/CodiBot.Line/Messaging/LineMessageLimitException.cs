namespace CodiBot.Line.Messaging;

/// <summary>A message breaks one of LINE's documented limits; thrown at build time so LINE never answers 400 for it.</summary>
public sealed class LineMessageLimitException(string paramName, string message) : ArgumentException(message, paramName);
