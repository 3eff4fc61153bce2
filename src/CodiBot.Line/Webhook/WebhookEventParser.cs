using System.Text.Json;

namespace CodiBot.Line.Webhook;

/// <summary>
/// Turns one stored raw event into a typed <see cref="WebhookEvent"/>. Tolerant by design: LINE adds fields and
/// types without notice, so unknown or missing pieces become defaults or Unknown* records, never exceptions.
/// Only JSON that is not an object throws <see cref="JsonException"/>.
/// </summary>
public static class WebhookEventParser
{
    public static WebhookEvent Parse(string rawEventJson)
    {
        using var doc = JsonDocument.Parse(rawEventJson, new JsonDocumentOptions { MaxDepth = 64 });
        var e = doc.RootElement;
        if (e.ValueKind != JsonValueKind.Object) throw new JsonException("A webhook event must be a JSON object.");

        var type = Str(e, "type") ?? "";
        WebhookEvent evt = type switch
        {
            "message" => new MessageEvent(ParseMessage(Obj(e, "message"))),
            "follow" => new FollowEvent(Bool(Obj(e, "follow"), "isUnblocked")),
            "unfollow" => new UnfollowEvent(),
            "join" => new JoinEvent(),
            "leave" => new LeaveEvent(),
            "memberJoined" => new MemberJoinedEvent(UserIds(Obj(e, "joined"))),
            "memberLeft" => new MemberLeftEvent(UserIds(Obj(e, "left"))),
            "postback" => Postback(Obj(e, "postback")),
            "unsend" => new UnsendEvent(Str(Obj(e, "unsend"), "messageId") ?? ""),
            "videoPlayComplete" => new VideoPlayCompleteEvent(Str(Obj(e, "videoPlayComplete"), "trackingId") ?? ""),
            "beacon" => new BeaconEvent(Str(Obj(e, "beacon"), "hwid") ?? "", Str(Obj(e, "beacon"), "type") ?? "", Str(Obj(e, "beacon"), "dm")),
            "accountLink" => new AccountLinkEvent(Str(Obj(e, "link"), "result") ?? "", Str(Obj(e, "link"), "nonce") ?? ""),
            "things" => new ThingsEvent(Str(Obj(e, "things"), "deviceId"), Str(Obj(e, "things"), "type")),
            "membership" => new MembershipEvent(Str(Obj(e, "membership"), "type") ?? "", Long(Obj(e, "membership"), "membershipId")),
            "module" => new ModuleEvent(Str(Obj(e, "module"), "type") ?? "", Str(Obj(e, "module"), "botId")),
            "activated" => new ActivatedEvent(Long(Obj(e, "chatControl"), "expireAt")),
            "deactivated" => new DeactivatedEvent(),
            "botSuspended" => new BotSuspendedEvent(),
            "botResumed" => new BotResumedEvent(),
            "delivery" => new PnpDeliveryCompletionEvent(Str(Obj(e, "delivery"), "data") ?? ""),
            _ => new UnknownEvent(),
        };
        return evt with
        {
            Type = type,
            Mode = Str(e, "mode") ?? "active",
            Timestamp = Long(e, "timestamp") ?? 0,
            WebhookEventId = Str(e, "webhookEventId") ?? "",
            IsRedelivery = Bool(Obj(e, "deliveryContext"), "isRedelivery"),
            Source = ParseSource(Obj(e, "source")),
            ReplyToken = Str(e, "replyToken"),
            RawJson = rawEventJson,
        };
    }

    static EventSource ParseSource(JsonElement s)
    {
        var user = Str(s, "userId");
        return Str(s, "type") switch
        {
            "user" => new UserSource(user),
            "group" => new GroupSource(Str(s, "groupId") ?? "", user),
            "room" => new RoomSource(Str(s, "roomId") ?? "", user),
            var other => new UnknownSource(other, user),
        };
    }

    static MessageContent ParseMessage(JsonElement m)
    {
        MessageContent content = Str(m, "type") switch
        {
            "text" => new TextMessageContent(Str(m, "text") ?? "", Mentions(Obj(m, "mention")), Str(m, "quoteToken"), Str(m, "quotedMessageId")),
            "image" => new ImageMessageContent(Provider(m), ImageSetOf(Obj(m, "imageSet")), Str(m, "quoteToken")),
            "video" => new VideoMessageContent(Provider(m), Long(m, "duration"), Str(m, "quoteToken")),
            "audio" => new AudioMessageContent(Provider(m), Long(m, "duration")),
            "file" => new FileMessageContent(Str(m, "fileName") ?? "", Long(m, "fileSize") ?? 0),
            "location" => new LocationMessageContent(Str(m, "title"), Str(m, "address"), Double(m, "latitude"), Double(m, "longitude")),
            "sticker" => new StickerMessageContent(Str(m, "packageId") ?? "", Str(m, "stickerId") ?? "", Str(m, "stickerResourceType"),
                Strings(m, "keywords"), Str(m, "text"), Str(m, "quoteToken")),
            _ => new UnknownMessageContent(),
        };
        return content with
        {
            Id = Str(m, "id") ?? "",
            Type = Str(m, "type") ?? "",
            RawJson = m.ValueKind == JsonValueKind.Object ? m.GetRawText() : "{}",
        };
    }

    static IReadOnlyList<Mention> Mentions(JsonElement mention) =>
        Arr(mention, "mentionees").Select(x => new Mention(Str(x, "type") ?? "", (int)(Long(x, "index") ?? 0),
            (int)(Long(x, "length") ?? 0), Str(x, "userId"), Bool(x, "isSelf"))).ToArray();

    static ContentProvider Provider(JsonElement m)
    {
        var p = Obj(m, "contentProvider");
        return new ContentProvider(Str(p, "type") ?? "line", Str(p, "originalContentUrl"), Str(p, "previewImageUrl"));
    }

    static ImageSet? ImageSetOf(JsonElement s) =>
        Str(s, "id") is { } id ? new ImageSet(id, (int?)Long(s, "index"), (int?)Long(s, "total")) : null;

    static PostbackEvent Postback(JsonElement p)
    {
        var dict = new Dictionary<string, string>();
        var prm = Obj(p, "params");
        if (prm.ValueKind == JsonValueKind.Object)
            foreach (var kv in prm.EnumerateObject())
                dict[kv.Name] = kv.Value.ValueKind == JsonValueKind.String ? kv.Value.GetString()! : kv.Value.GetRawText();
        return new PostbackEvent(Str(p, "data") ?? "", dict);
    }

    static IReadOnlyList<string> UserIds(JsonElement members) =>
        Arr(members, "members").Select(x => Str(x, "userId")).OfType<string>().ToArray();

    static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        Arr(e, name).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray();

    // Accessors that answer "absent" for a missing property or one of the wrong kind, so a strange payload cannot throw.
    static JsonElement Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    static IEnumerable<JsonElement> Arr(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static long? Long(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;

    static double Double(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    static bool Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
