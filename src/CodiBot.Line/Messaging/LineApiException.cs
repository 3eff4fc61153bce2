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

    /// <summary>The reply token expired (about a minute) or was already used; only the caller knows which (see the outbox).</summary>
    public bool IsInvalidReplyToken =>
        StatusCode == 400 && LineMessage?.Contains("Invalid reply token", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Worth another try later (see <see cref="IsRetryableStatus"/>).</summary>
    public bool IsRetryable => IsRetryableStatus(StatusCode);

    /// <summary>
    /// The one rule for what is worth another try, used by the HTTP pipeline and the outbox: 5xx, 429 and no answer (0).
    /// Other 4xx will fail the same way again (not even 408: LINE does not send it). Such an answer does not say the
    /// request had no effect: a 500 or a timeout may come after LINE delivered.
    /// </summary>
    public static bool IsRetryableStatus(int status) => status is 0 or 429 or >= 500;

    static string Describe(int status, string? requestId, string? lineMessage, string operation) =>
        $"LINE {operation} failed: " + (status == 0 ? "no answer" : $"HTTP {status}")
        + (lineMessage is null ? "" : $" \"{lineMessage}\"") + (requestId is null ? "" : $" (x-line-request-id {requestId})");
}
