using CodiBot.Line.Messaging;

namespace CodiBot.Outbox;

/// <summary>
/// The one rule for sending an answer as a reply or a push (issue 11 §3). A reply is free, but its token is single-use
/// and lives about a minute, so a repeated reply can never arrive twice, and LINE answers "Invalid reply token" both to
/// a token already used and to one expired. A push costs quota and carries the message's retry key, which LINE
/// deduplicates for 24 hours. So:
/// <list type="bullet">
/// <item>Before the first attempt, and written down before it is sent, a message keeps its token only when the token
/// is younger than <see cref="OutboxOptions.ReplyWindow"/>; otherwise it is a push for good. The rest of the token's
/// minute is left for learning the outcome of a reply whose answer was lost.</item>
/// <item>A reply is retried with the same token, never turned into a push: "Invalid reply token" after an earlier
/// attempt (recorded before it was sent, so also one cut short by a crash) means that attempt used the token, and the
/// answer was delivered.</item>
/// <item>Only at the very first attempt does "Invalid reply token" mean the token was dead before we came; nothing of
/// ours can have been delivered, so the message is pushed, and stays a push.</item>
/// </list>
/// </summary>
public static class ReplyOrPush
{
    /// <summary>How long LINE honours a reply token (its documentation: use it within one minute).</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(1);

    /// <summary>At the first attempt: whether the message still goes as a reply.</summary>
    public static bool KeepsToken(OutboxMessage m, DateTimeOffset now, TimeSpan replyWindow) =>
        HasToken(m) && (m.Attempts > 0 || Age(m, now) < replyWindow);

    /// <summary>A reply whose token may still work: retried at a steady pace and not given up, since any try may settle it.</summary>
    public static bool MayStillBeLive(OutboxMessage m, DateTimeOffset now) => HasToken(m) && Age(m, now) < TokenLifetime;

    /// <summary>Sends one message (whose attempt is already counted in <see cref="OutboxMessage.Attempts"/>); "reply" or "push".</summary>
    public static async Task<string> DeliverAsync(LineClient line, OutboxMessage m, IReadOnlyList<LineMessage> messages,
        DateTimeOffset now, ILogger log, CancellationToken ct)
    {
        if (HasToken(m))
        {
            try
            {
                await line.ReplyAsync(m.ReplyToken!, messages, ct);
                return "reply";
            }
            catch (LineApiException ex) when (ex.IsInvalidReplyToken && m.Attempts > 1)
            {
                if (Age(m, now) < TokenLifetime)
                    log.LogInformation("Reply token of message {OutboxId} was used by an earlier attempt whose answer was lost: delivered", m.Id);
                else
                    log.LogWarning("Reply token of message {OutboxId} is {Age} old and an earlier attempt's outcome was never heard; counted as delivered (request {RequestId})",
                        m.Id, Age(m, now), ex.RequestId);
                return "reply";
            }
            catch (LineApiException ex) when (ex.IsInvalidReplyToken)
            {
                log.LogWarning("Reply token of message {OutboxId} was refused at the first attempt, {Age} after the event; pushing (costs quota), request {RequestId}",
                    m.Id, Age(m, now), ex.RequestId);
                m.ReplyToken = null; // a push from now on, written with this attempt's outcome
            }
        }
        await line.PushAsync(m.ChatId, messages, m.RetryKey, ct);
        return "push";
    }

    static bool HasToken(OutboxMessage m) => !string.IsNullOrWhiteSpace(m.ReplyToken);

    static TimeSpan Age(OutboxMessage m, DateTimeOffset now) => now - DateTimeOffset.FromUnixTimeMilliseconds(m.ReplyTokenIssuedAt);
}
