namespace CodiBot.Line.Messaging;

public enum ContentStatus
{
    Ready,
    /// <summary>202: LINE is still preparing a video or audio; ask again later.</summary>
    Preparing,
    NotFound,
    /// <summary>410: the user unsent the message.</summary>
    Gone,
    /// <summary>Larger than the caller's cap; nothing was kept.</summary>
    TooLarge,
}

/// <summary>User content (photo, video, audio, file). <see cref="Data"/> is set only when <see cref="Status"/> is Ready.</summary>
public sealed record MessageContent(ContentStatus Status, string? ContentType, byte[]? Data);

public sealed record UserProfile(string UserId, string DisplayName, string? PictureUrl, string? StatusMessage, string? Language);

public sealed record GroupSummary(string GroupId, string GroupName, string? PictureUrl);

/// <summary>The monthly target limit: <see cref="Type"/> is "none" (no limit) or "limited" with <see cref="Value"/>.</summary>
public sealed record Quota(string Type, long? Value)
{
    public bool IsLimited => Type == "limited";
}
