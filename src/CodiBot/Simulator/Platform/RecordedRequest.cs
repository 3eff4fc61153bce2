namespace CodiBot.Simulator;

/// <summary>One call the bot made to the stand-in LINE API, kept so tests and the simulator can show what was sent.</summary>
public sealed class RecordedRequest
{
    public required DateTimeOffset Time { get; init; }
    public required string Method { get; init; }
    public required string Path { get; init; }
    public required IReadOnlyDictionary<string, string> Headers { get; init; }
    public string? Body { get; init; }
    public required string RequestId { get; init; }
    /// <summary>Set when the response is written; 0 while in flight (or when the client gave up during a delay).</summary>
    public int Status { get; internal set; }
    /// <summary>The chat the request targeted, when known (reply token's chat, push "to"): lets the simulator show errors in place.</summary>
    public string? ChatId { get; internal set; }
    /// <summary>Errors from <see cref="LinePlatform.RequestCheck"/> and from the platform's own LINE rules.</summary>
    public List<string> Errors { get; } = [];
}

/// <summary>A message the bot got delivered into a chat; How is "reply", "push" or "multicast".</summary>
public sealed record DeliveredMessage(string ChatId, string How, System.Text.Json.Nodes.JsonObject Message, string MessageId, DateTimeOffset At);
