namespace CodiBot.Digest;

/// <summary>A staff announcement for a Bangkok day ("ประกาศ ..."), shown in that day's digest.</summary>
public sealed class Announcement
{
    public long Id { get; set; }
    /// <summary>Bangkok day, ISO yyyy-MM-dd.</summary>
    public required string Day { get; set; }
    public required string Text { get; set; }
    public required string AuthorUserId { get; set; }
    public string? AuthorName { get; set; }
    public long CreatedAt { get; set; }
    public long? RemovedAt { get; set; }
}

/// <summary>The scheduled digest of one Bangkok day was started; a restart finds it and does not start it again.</summary>
public sealed class DigestDay
{
    public required string Day { get; set; }
    /// <summary>The scheduled time it was due (Unix ms).</summary>
    public long DueAt { get; set; }
    public long StartedAt { get; set; }
    /// <summary>Sent on start-up after downtime, not at the scheduled time.</summary>
    public bool Late { get; set; }
    public int Groups { get; set; }
}

/// <summary>One group's digest of one day: written with its outbox message, so each group gets it exactly once.</summary>
public sealed class DigestRun
{
    public required string GroupId { get; set; }
    public required string Day { get; set; }
    /// <summary>Stable X-Line-Retry-Key, derived from group and day.</summary>
    public Guid RetryKey { get; set; }
    public long OutboxId { get; set; }
    public long CreatedAt { get; set; }
    public bool Late { get; set; }
}
