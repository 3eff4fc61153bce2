namespace CodiBot.Line.Webhook;

/// <summary>Where an event happened. <see cref="ChatId"/> is the id to push to (the group or room, not its member).</summary>
public abstract record EventSource
{
    public abstract string ChatId { get; }

    /// <summary>The acting user; in groups and rooms LINE includes it only on message events and with the user's consent.</summary>
    public abstract string? UserId { get; init; }
}

public sealed record UserSource(string? UserId) : EventSource
{
    public override string ChatId => UserId ?? "";
}

public sealed record GroupSource(string GroupId, string? UserId) : EventSource
{
    public override string ChatId => GroupId;
}

public sealed record RoomSource(string RoomId, string? UserId) : EventSource
{
    public override string ChatId => RoomId;
}

/// <summary>No source, or a source type LINE added later: there is nowhere to send (empty <see cref="ChatId"/>).</summary>
public sealed record UnknownSource(string? Type, string? UserId) : EventSource
{
    public override string ChatId => "";
}
