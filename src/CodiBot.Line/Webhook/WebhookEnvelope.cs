using System.Text.Json;

namespace CodiBot.Line.Webhook;

/// <summary>
/// What the webhook needs of each event before it is stored: its identity, ordering key and raw JSON.
/// Kept minimal on purpose: the full typed parse happens later, in the inbox worker.
/// </summary>
public sealed record EnvelopeEvent(
    string WebhookEventId,
    long Timestamp,
    string Type,
    string Mode,
    string ConversationKey,
    bool IsRedelivery,
    string RawJson);

public static class WebhookEnvelope
{
    /// <summary>Reads the events of a webhook body. Throws <see cref="JsonException"/> when the body is not a webhook payload.</summary>
    public static List<EnvelopeEvent> Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("payload is not an object");
        if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            throw new JsonException("payload has no events array");

        var result = new List<EnvelopeEvent>(events.GetArrayLength());
        foreach (var e in events.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Object) throw new JsonException("event is not an object");
            var raw = e.GetRawText();
            var id = Str(e, "webhookEventId");
            // LINE always sends webhookEventId; fall back to a content hash so a malformed sender cannot bypass dedupe.
            if (string.IsNullOrEmpty(id)) id = "sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(raw)));
            var ts = e.TryGetProperty("timestamp", out var t) && t.TryGetInt64(out var v) ? v : 0;
            var redelivery = e.TryGetProperty("deliveryContext", out var dc) && dc.ValueKind == JsonValueKind.Object
                && dc.TryGetProperty("isRedelivery", out var r) && r.ValueKind == JsonValueKind.True;
            result.Add(new EnvelopeEvent(id, ts, Str(e, "type") ?? "unknown", Str(e, "mode") ?? "active",
                ConversationKeyOf(e), redelivery, raw));
        }
        return result;
    }

    /// <summary>One conversation = a user in a 1:1 chat, or a user within a group/room (the group itself when no user is known).</summary>
    public static string ConversationKeyOf(JsonElement e)
    {
        if (!e.TryGetProperty("source", out var s) || s.ValueKind != JsonValueKind.Object) return "none";
        var user = Str(s, "userId");
        return Str(s, "type") switch
        {
            "group" => "g:" + Str(s, "groupId") + (user is null ? "" : "/u:" + user),
            "room" => "r:" + Str(s, "roomId") + (user is null ? "" : "/u:" + user),
            _ => "u:" + (user ?? "unknown"),
        };
    }

    /// <summary>The user of a conversation key made by <see cref="ConversationKeyOf"/>, or null when it names none.</summary>
    public static string? UserOfConversationKey(string key)
    {
        var at = key.StartsWith("u:", StringComparison.Ordinal) ? 2 : key.IndexOf("/u:", StringComparison.Ordinal) is var i and >= 0 ? i + 3 : -1;
        return at < 0 || at >= key.Length || key == "u:unknown" ? null : key[at..];
    }

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
