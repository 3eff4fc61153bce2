namespace CodiBot.Groups;

/// <summary>A LINE group or room the bot is in (or was in), and its daily-digest subscription.</summary>
public sealed class ChatGroup
{
    /// <summary>LINE groupId or roomId: the push target.</summary>
    public required string GroupId { get; set; }
    /// <summary>"group" or "room".</summary>
    public required string Kind { get; set; }
    public string? Name { get; set; }
    public long JoinedAt { get; set; }
    /// <summary>Set when the bot left or was removed; a left group gets nothing more.</summary>
    public long? LeftAt { get; set; }
    public bool DigestSubscribed { get; set; }
    /// <summary>Region id (Regions) the digest is limited to; null for the whole country.</summary>
    public string? DigestRegion { get; set; }
    public string? SubscribedBy { get; set; }
    public long? SubscribedAt { get; set; }
}
