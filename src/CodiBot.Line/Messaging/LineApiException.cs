namespace CodiBot.Line.Messaging;

/// <summary>
/// LINE answered with an error, or could not be reached (<see cref="StatusCode"/> 0) after the retries were spent.
/// Callers (the outbox) decide on <see cref="IsRetryable"/> whether to try again later.
/// </summary>
public sealed class LineApiException(int statusCode, string? requestId, string? lineMessage, string operation, Exception? inner = null)
    : Exception(Describe(statusCode, requestId, lineMessage, operation), inner)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The x-line-request-id header: what LINE support asks for.</summary>
    public string? RequestId { get; } = requestId;

    /// <summary>LINE's own error "message", e.g. "Invalid reply token".</summary>
    public string? LineMessage { get; } = lineMessage;

    /// <summary>The reply token expired (about a minute) or was already used: the caller should push instead.</summary>
    public bool IsInvalidReplyToken =>
        StatusCode == 400 && LineMessage?.Contains("Invalid reply token", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>5xx, 429 and no-answer are worth another try later; other 4xx will fail the same way again.</summary>
    public bool IsRetryable => StatusCode is 0 or 429 or >= 500;

    static string Describe(int status, string? requestId, string? lineMessage, string operation) =>
        $"LINE {operation} failed: " + (status == 0 ? "no answer" : $"HTTP {status}")
        + (lineMessage is null ? "" : $" \"{lineMessage}\"") + (requestId is null ? "" : $" (x-line-request-id {requestId})");
}
