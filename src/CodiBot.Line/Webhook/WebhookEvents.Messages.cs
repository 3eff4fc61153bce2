namespace CodiBot.Line.Webhook;

/// <summary>The message inside a <see cref="MessageEvent"/>. <see cref="Id"/> fetches its content (photos, files).</summary>
public abstract record MessageContent
{
    public string Id { get; init; } = "";
    public string Type { get; init; } = "";
    public string RawJson { get; init; } = "";
}

/// <param name="Mentions">Empty when nobody is mentioned.</param>
public sealed record TextMessageContent(string Text, IReadOnlyList<Mention> Mentions, string? QuoteToken, string? QuotedMessageId) : MessageContent
{
    /// <summary>True when the bot itself is mentioned (a group message addressed to it).</summary>
    public bool MentionsSelf => Mentions.Any(m => m.IsSelf);
}

/// <param name="Type">"user" or "all".</param>
/// <param name="Index">UTF-16 offset in the text.</param>
public sealed record Mention(string Type, int Index, int Length, string? UserId, bool IsSelf);

/// <param name="Type">"line" (fetch from the data API) or "external" (URLs given).</param>
public sealed record ContentProvider(string Type, string? OriginalContentUrl, string? PreviewImageUrl);

/// <summary>Photos sent together arrive as separate events sharing <see cref="Id"/>; Index is 1-based.</summary>
public sealed record ImageSet(string Id, int? Index, int? Total);

public sealed record ImageMessageContent(ContentProvider ContentProvider, ImageSet? ImageSet, string? QuoteToken) : MessageContent;
public sealed record VideoMessageContent(ContentProvider ContentProvider, long? Duration, string? QuoteToken) : MessageContent;
public sealed record AudioMessageContent(ContentProvider ContentProvider, long? Duration) : MessageContent;
public sealed record FileMessageContent(string FileName, long FileSize) : MessageContent;
public sealed record LocationMessageContent(string? Title, string? Address, double Latitude, double Longitude) : MessageContent;
public sealed record StickerMessageContent(string PackageId, string StickerId, string? StickerResourceType, IReadOnlyList<string> Keywords, string? Text, string? QuoteToken) : MessageContent;

/// <summary>A message type added by LINE later; <see cref="MessageContent.RawJson"/> keeps it.</summary>
public sealed record UnknownMessageContent : MessageContent;
