using System.Text.Json.Nodes;

namespace CodiBot.Simulator;

/// <summary>Event factories with the field names of LINE's webhook.yml. A null groupId means the 1:1 chat with the user.</summary>
public sealed partial class WebhookSender
{
    public JsonObject Text(string userId, string text, string? groupId = null, bool mentionBot = false)
    {
        var m = NewMessage("text");
        if (mentionBot)
        {
            var at = "@" + platform.BotDisplayName;
            text = at + " " + text;
            m["mention"] = new JsonObject
            {
                ["mentionees"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0, ["length"] = at.Length, ["type"] = "user", ["userId"] = platform.BotUserId, ["isSelf"] = true,
                }),
            };
        }
        m["text"] = text;
        return MessageEvent(userId, groupId, m);
    }

    /// <summary>One photo; <paramref name="set"/> marks it as part of several sent together (index from 1).</summary>
    public JsonObject Image(string userId, byte[] bytes, string contentType = "image/jpeg", string? groupId = null,
        (string Id, int Index, int Total)? set = null)
    {
        var m = NewMessage("image");
        m["contentProvider"] = new JsonObject { ["type"] = "line" };
        if (set is { } s) m["imageSet"] = new JsonObject { ["id"] = s.Id, ["index"] = s.Index, ["total"] = s.Total };
        platform.StoreContent(m["id"]!.ToString(), bytes, contentType);
        return MessageEvent(userId, groupId, m);
    }

    /// <summary>Several photos sent at once: separate events sharing an imageSet id, as LINE delivers them.</summary>
    public JsonObject[] Images(string userId, IReadOnlyList<(byte[] Bytes, string ContentType)> photos, string? groupId = null)
    {
        if (photos.Count == 1) return [Image(userId, photos[0].Bytes, photos[0].ContentType, groupId)];
        var setId = Guid.NewGuid().ToString("N").ToUpperInvariant();
        return [.. photos.Select((p, i) => Image(userId, p.Bytes, p.ContentType, groupId, (setId, i + 1, photos.Count)))];
    }

    public JsonObject Location(string userId, string title, string address, double latitude, double longitude, string? groupId = null)
    {
        var m = NewMessage("location", quotable: false);
        m["title"] = title;
        m["address"] = address;
        m["latitude"] = latitude;
        m["longitude"] = longitude;
        return MessageEvent(userId, groupId, m);
    }

    public JsonObject Sticker(string userId, string packageId, string stickerId, string? groupId = null, params string[] keywords)
    {
        var m = NewMessage("sticker");
        m["packageId"] = packageId;
        m["stickerId"] = stickerId;
        m["stickerResourceType"] = "STATIC";
        if (keywords.Length > 0) m["keywords"] = new JsonArray([.. keywords.Select(k => (JsonNode)k)]);
        return MessageEvent(userId, groupId, m);
    }

    public JsonObject Postback(string userId, string data, string? groupId = null, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var postback = new JsonObject { ["data"] = data };
        if (parameters is not null) postback["params"] = new JsonObject([.. parameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]);
        return Event("postback", Source(userId, groupId, withUser: true), ChatOf(userId, groupId), ("postback", postback));
    }

    public JsonObject Follow(string userId, bool isUnblocked = false) =>
        Event("follow", Source(userId, null, true), userId, ("follow", new JsonObject { ["isUnblocked"] = isUnblocked }));

    public JsonObject Unfollow(string userId) => Event("unfollow", Source(userId, null, true), null);

    public JsonObject Join(string groupId) => Event("join", Source(null, groupId, false), groupId);

    public JsonObject Leave(string groupId) => Event("leave", Source(null, groupId, false), null);

    public JsonObject MemberJoined(string groupId, params string[] userIds) =>
        Event("memberJoined", Source(null, groupId, false), groupId, ("joined", Members(userIds)));

    public JsonObject MemberLeft(string groupId, params string[] userIds) =>
        Event("memberLeft", Source(null, groupId, false), null, ("left", Members(userIds)));

    public JsonObject Unsend(string userId, string messageId, string? groupId = null) =>
        Event("unsend", Source(userId, groupId, true), null, ("unsend", new JsonObject { ["messageId"] = messageId }));

    JsonObject MessageEvent(string userId, string? groupId, JsonObject message) =>
        Event("message", Source(userId, groupId, withUser: true), ChatOf(userId, groupId), ("message", message));

    static JsonObject NewMessage(string type, bool quotable = true)
    {
        var m = new JsonObject { ["id"] = LineIds.NextMessageId(), ["type"] = type };
        if (quotable) m["quoteToken"] = LineIds.Token();
        return m;
    }

    static string ChatOf(string userId, string? groupId) => groupId ?? userId;

    /// <summary>Group events name the user only for user actions (messages, postbacks, unsend), as LINE does.</summary>
    static JsonObject Source(string? userId, string? groupId, bool withUser)
    {
        var s = new JsonObject { ["type"] = groupId is null ? "user" : "group" };
        if (groupId is not null) s["groupId"] = groupId;
        if (withUser && userId is not null) s["userId"] = userId;
        return s;
    }

    static JsonObject Members(string[] userIds) => new()
    {
        ["members"] = new JsonArray([.. userIds.Select(u => (JsonNode)new JsonObject { ["type"] = "user", ["userId"] = u })]),
    };

    /// <summary>The common event fields; a reply token only for replyable events in active mode.</summary>
    JsonObject Event(string type, JsonObject source, string? replyChat, params (string Name, JsonNode Value)[] extra)
    {
        var now = platform.Time.GetUtcNow();
        var e = new JsonObject();
        if (replyChat is not null && Mode == "active") e["replyToken"] = platform.IssueReplyToken(replyChat);
        e["type"] = type;
        e["mode"] = Mode;
        e["timestamp"] = now.ToUnixTimeMilliseconds();
        e["source"] = source;
        e["webhookEventId"] = LineIds.Ulid(now);
        e["deliveryContext"] = new JsonObject { ["isRedelivery"] = false };
        foreach (var (name, value) in extra) e[name] = value;
        return e;
    }
}
