using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CodiBot.Line.Messaging;

/// <summary>
/// A LINE message object, valid by construction: every factory checks LINE's limits so a bad message fails
/// here, with a clear reason, instead of as a 400 from LINE after the user has waited.
/// </summary>
public sealed class LineMessage
{
    readonly JsonObject _json;

    LineMessage(JsonObject json) => _json = json;

    public string Type => (string)_json["type"]!;

    /// <summary>A copy, so callers cannot change a validated message behind our back.</summary>
    public JsonObject ToJson() => (JsonObject)_json.DeepClone();

    public override string ToString() => _json.ToJsonString();

    public static LineMessage Text(string text, QuickReply? quickReply = null) =>
        Make("text", quickReply, new() { ["text"] = LineLimits.Text(text, LineLimits.TextLength, nameof(text), "Text message") });

    public static LineMessage Image(Uri original, Uri preview, QuickReply? qr = null) =>
        Make("image", qr, new()
        {
            ["originalContentUrl"] = LineLimits.HttpsUrl(original, nameof(original), "Image URL"),
            ["previewImageUrl"] = LineLimits.HttpsUrl(preview, nameof(preview), "Preview image URL"),
        });

    public static LineMessage Location(string title, string address, double latitude, double longitude, QuickReply? qr = null)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
            throw new LineMessageLimitException(nameof(latitude), $"Latitude {latitude.ToString(CultureInfo.InvariantCulture)} is outside -90..90.");
        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
            throw new LineMessageLimitException(nameof(longitude), $"Longitude {longitude.ToString(CultureInfo.InvariantCulture)} is outside -180..180.");
        return Make("location", qr, new()
        {
            ["title"] = LineLimits.Text(title, LineLimits.LocationTitle, nameof(title), "Location title"),
            ["address"] = LineLimits.Text(address, LineLimits.LocationAddress, nameof(address), "Location address"),
            ["latitude"] = latitude,
            ["longitude"] = longitude,
        });
    }

    public static LineMessage Sticker(string packageId, string stickerId, QuickReply? qr = null) =>
        Make("sticker", qr, new()
        {
            ["packageId"] = LineLimits.Text(packageId, 64, nameof(packageId), "Sticker package id"),
            ["stickerId"] = LineLimits.Text(stickerId, 64, nameof(stickerId), "Sticker id"),
        });

    /// <param name="contents">A Flex bubble or carousel container; it is copied.</param>
    public static LineMessage Flex(string altText, JsonObject contents, QuickReply? qr = null)
    {
        ArgumentNullException.ThrowIfNull(contents);
        FlexLimits.Check(contents);
        return Make("flex", qr, new()
        {
            ["altText"] = LineLimits.Text(altText, LineLimits.AltText, nameof(altText), "Flex altText"),
            ["contents"] = contents.DeepClone(),
        });
    }

    /// <summary>Rehydrates a stored message (e.g. from the outbox). Only the shape is checked: it was validated when built.</summary>
    public static LineMessage FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new LineMessage((JsonObject)Checked(json).DeepClone());
    }

    static JsonObject Checked(JsonObject json) =>
        json["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && !string.IsNullOrEmpty((string?)t) ? json
            : throw new LineMessageLimitException(nameof(json), "A stored LINE message needs a string 'type'.");

    /// <summary>Checks the per-request count and returns the messages as a list, for one reply or push.</summary>
    public static IReadOnlyList<LineMessage> Batch(params IEnumerable<LineMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages.ToArray();
        ValidateBatch(list);
        return list;
    }

    /// <summary>One request carries 1..5 messages.</summary>
    public static void ValidateBatch(IReadOnlyList<LineMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) throw new LineMessageLimitException(nameof(messages), "A LINE request needs at least one message.");
        if (messages.Count > LineLimits.MessagesPerRequest)
            throw new LineMessageLimitException(nameof(messages), $"{messages.Count} messages in one request; LINE allows at most {LineLimits.MessagesPerRequest}.");
        for (var i = 0; i < messages.Count; i++)
            if (messages[i] is null) throw new LineMessageLimitException(nameof(messages), $"Message {i} is null.");
    }

    /// <summary>
    /// How CodiBot writes JSON for LINE and the outbox: Thai (any non-ASCII letter) as itself, not as \uXXXX.
    /// That halves the size of a Thai message; characters that matter in HTML are still escaped.
    /// </summary>
    public static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes the messages as they are (no copies): an outbox row holds this text until it is sent.</summary>
    public static string SerializeArray(IReadOnlyList<LineMessage> messages)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Wire.Encoder }))
        {
            writer.WriteStartArray();
            foreach (var m in messages) m._json.WriteTo(writer);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<LineMessage> ParseArray(string json)
    {
        if (JsonNode.Parse(json) is not JsonArray array) throw new JsonException("Expected a JSON array of LINE messages.");
        // Freshly parsed: nobody else holds these nodes, so they need no defensive copy (unlike FromJson's argument).
        return array.Select(n => n is JsonObject o ? new LineMessage(Checked(o)) : throw new JsonException("Each LINE message must be a JSON object.")).ToArray();
    }

    internal static JsonArray ToJsonArray(IReadOnlyList<LineMessage> messages) =>
        new(messages.Select(m => (JsonNode)m.ToJson()).ToArray());

    static LineMessage Make(string type, QuickReply? quickReply, JsonObject fields)
    {
        var json = new JsonObject { ["type"] = type };
        foreach (var (k, v) in fields.ToList()) { fields.Remove(k); json[k] = v; }
        if (quickReply is not null) json["quickReply"] = quickReply.ToJson();
        return new LineMessage(json);
    }
}
