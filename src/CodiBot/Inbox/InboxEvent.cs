namespace CodiBot.Inbox;

public enum InboxStatus { Pending = 0, Done = 1, Parked = 2 }

/// <summary>A webhook event exactly as LINE sent it, stored before the webhook answers 200.</summary>
public sealed class InboxEvent
{
    /// <summary>Arrival order; also the cursor the worker pages by.</summary>
    public long Seq { get; set; }
    public required string WebhookEventId { get; set; }
    public required string ConversationKey { get; set; }
    public long Timestamp { get; set; }
    public required string Type { get; set; }
    public required string Mode { get; set; }
    public bool IsRedelivery { get; set; }
    public required string Payload { get; set; }
    public long ReceivedAt { get; set; }
    public InboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public long? ProcessedAt { get; set; }
}
