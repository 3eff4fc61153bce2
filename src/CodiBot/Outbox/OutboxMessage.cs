namespace CodiBot.Outbox;

public enum OutboxStatus { Pending = 0, Sent = 1, Failed = 2 }

/// <summary>
/// Messages for one chat, written in the same transaction as the state change that caused them.
/// The retry key is fixed at creation so a re-send after a crash is recognised by LINE (409).
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public Guid RetryKey { get; set; }
    public required string ChatId { get; set; }
    /// <summary>Reply token of the event being answered; null means push.</summary>
    public string? ReplyToken { get; set; }
    /// <summary>When the reply token was issued (event timestamp, Unix ms); tells a used token from an expired one.</summary>
    public long ReplyTokenIssuedAt { get; set; }
    public required string MessagesJson { get; set; }
    public string? SourceEventId { get; set; }
    public long CreatedAt { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public long? SentAt { get; set; }
    /// <summary>"reply" or "push": how it finally went out (push costs quota).</summary>
    public string? Delivery { get; set; }
}
