namespace CodiBot.Line.Messaging;

/// <summary>Retry and timeout of calls to LINE ("Line:Retry"). Small defaults: a chat user is waiting.</summary>
public sealed class LineResilienceOptions
{
    public const string Section = "Line:Retry";

    /// <summary>Attempts in total, including the first (1 disables retries).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles on each retry (with jitter) unless LINE sends Retry-After.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of a computed backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one attempt to get response headers; a timeout is retried.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
