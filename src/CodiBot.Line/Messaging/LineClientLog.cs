using Microsoft.Extensions.Logging;

namespace CodiBot.Line.Messaging;

/// <summary>Log lines of the LINE client. Never the access token or message text: only operation, status and request id.</summary>
static partial class LineClientLog
{
    [LoggerMessage(LogLevel.Debug, "LINE {Operation} answered {Status} (x-line-request-id {RequestId})")]
    public static partial void Answered(ILogger logger, string operation, int status, string? requestId);

    [LoggerMessage(LogLevel.Information, "LINE {Operation}: retry key already accepted (409), treated as sent (x-line-request-id {RequestId})")]
    public static partial void AlreadyAccepted(ILogger logger, string operation, string? requestId);

    [LoggerMessage(LogLevel.Warning, "LINE {Operation} got no answer: {Reason}")]
    public static partial void Unreachable(ILogger logger, string operation, string reason);
}
