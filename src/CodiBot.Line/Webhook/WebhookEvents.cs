namespace CodiBot.Line.Webhook;

/// <summary>
/// A typed webhook event. Every event keeps its <see cref="RawJson"/> so nothing LINE sent is lost, including fields
/// and event types added after this code was written (<see cref="UnknownEvent"/>).
/// </summary>
public abstract record WebhookEvent
{
    public string Type { get; init; } = "";

    /// <summary>"active" or "standby"; a standby channel must not answer (and has no reply token).</summary>
    public string Mode { get; init; } = "active";
    public bool IsStandby => Mode == "standby";

    /// <summary>Milliseconds since the Unix epoch; events are processed in this order, not arrival order.</summary>
    public long Timestamp { get; init; }
    public string WebhookEventId { get; init; } = "";
    public bool IsRedelivery { get; init; }
    public EventSource Source { get; init; } = new UnknownSource(null, null);
    public string? ReplyToken { get; init; }
    public string RawJson { get; init; } = "";
}

public sealed record MessageEvent(MessageContent Message) : WebhookEvent;

public sealed record FollowEvent(bool IsUnblocked) : WebhookEvent;
public sealed record UnfollowEvent : WebhookEvent;
public sealed record JoinEvent : WebhookEvent;
public sealed record LeaveEvent : WebhookEvent;
public sealed record MemberJoinedEvent(IReadOnlyList<string> UserIds) : WebhookEvent;
public sealed record MemberLeftEvent(IReadOnlyList<string> UserIds) : WebhookEvent;

/// <summary><see cref="Params"/> holds date/time picker results ("date", "time", "datetime") or rich-menu switch info.</summary>
public sealed record PostbackEvent(string Data, IReadOnlyDictionary<string, string> Params) : WebhookEvent;

/// <summary>The user withdrew a message: hide or delete whatever was stored from it.</summary>
public sealed record UnsendEvent(string MessageId) : WebhookEvent;

public sealed record VideoPlayCompleteEvent(string TrackingId) : WebhookEvent;
public sealed record BeaconEvent(string Hwid, string BeaconType, string? DeviceMessage) : WebhookEvent;
public sealed record AccountLinkEvent(string Result, string Nonce) : WebhookEvent;

/// <summary>LINE Things (discontinued, not in webhook.yml); kept so old redeliveries still parse.</summary>
public sealed record ThingsEvent(string? DeviceId, string? ThingsType) : WebhookEvent;

/// <summary><see cref="MembershipType"/> is joined, left or renewed.</summary>
public sealed record MembershipEvent(string MembershipType, long? MembershipId) : WebhookEvent;

/// <summary>Module channel attached/detached.</summary>
public sealed record ModuleEvent(string ModuleType, string? BotId) : WebhookEvent;
public sealed record ActivatedEvent(long? ExpireAt) : WebhookEvent;
public sealed record DeactivatedEvent : WebhookEvent;
public sealed record BotSuspendedEvent : WebhookEvent;
public sealed record BotResumedEvent : WebhookEvent;

/// <summary>LINE notification message delivered ("delivery" event).</summary>
public sealed record PnpDeliveryCompletionEvent(string Data) : WebhookEvent;

/// <summary>An event type this code does not know: logged and ignored, never an error.</summary>
public sealed record UnknownEvent : WebhookEvent;
