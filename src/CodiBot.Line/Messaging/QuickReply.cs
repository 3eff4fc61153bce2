using System.Text.Json.Nodes;

namespace CodiBot.Line.Messaging;

/// <summary>Quick-reply buttons for a message (LINE shows them on the last message of a request only).</summary>
public sealed class QuickReply
{
    public QuickReply(params IEnumerable<QuickReplyItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items.ToArray();
        if (Items.Count == 0) throw new LineMessageLimitException(nameof(items), "A quick reply needs at least one item.");
        if (Items.Count > LineLimits.QuickReplyItems)
            throw new LineMessageLimitException(nameof(items), $"A quick reply has {Items.Count} items; LINE allows at most {LineLimits.QuickReplyItems}.");
    }

    public IReadOnlyList<QuickReplyItem> Items { get; }

    internal JsonObject ToJson() => new() { ["items"] = new JsonArray(Items.Select(i => (JsonNode)i.ToJson()).ToArray()) };
}
