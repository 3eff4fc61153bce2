using System.Text.Json.Nodes;

namespace CodiBot.Simulator;

/// <summary>
/// Turns what a developer does on the page into LINE webhook events, posts them to this process's bot
/// over real HTTP (signed), and writes the user's side of the chat.
/// </summary>
public sealed class SimulatorActions(LinePlatform platform, SimulatorChats chats, SimulatorSettings settings) : IDisposable
{
    const int MaxPhotos = 20;
    const int MaxPhotoBytes = 10 * 1024 * 1024;
    readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    WebhookSender Sender() => new(platform, settings.WebhookUri, settings.ChannelSecret, _http);

    /// <summary>Sends as a user into a chat (a user's 1:1 chat id is their user id). Returns an error text or null.</summary>
    public async Task<string?> SendAsync(string chatId, SendRequest r)
    {
        var group = SimulatorCast.FindGroup(chatId);
        var userId = group is null ? chatId : r.From ?? "";
        if (SimulatorCast.FindUser(userId) is null || group is not null && !group.MemberIds.Contains(userId))
            return "ไม่พบผู้ใช้นี้ในแชท";
        var s = Sender();
        var gid = group?.Id;
        JsonObject[] events;
        try
        {
            events = r.Type switch
            {
                "text" when !string.IsNullOrWhiteSpace(r.Text) => [s.Text(userId, r.Text, gid, r.Mention && gid is not null)],
                "sticker" => [s.Sticker(userId, r.PackageId ?? "446", r.StickerId ?? "1988", gid)],
                "location" when r.Latitude is { } lat && r.Longitude is { } lon => [s.Location(userId, r.Title ?? "", r.Address ?? "", lat, lon, gid)],
                "postback" when !string.IsNullOrEmpty(r.Data) => [s.Postback(userId, r.Data, gid, r.Params)],
                "image" when r.Images is { Count: > 0 and <= MaxPhotos } => s.Images(userId, Decode(r.Images), gid),
                _ => throw new FormatException("คำขอไม่ครบ"),
            };
        }
        catch (FormatException e) { return e.Message; }

        foreach (var e in events)
            if (e["message"] is JsonObject m) chats.Add(chatId, "user", userId, ForDisplay(m));
        if (r.Type == "postback")
        {
            // LINE shows a postback's displayText as if the user typed it; the data itself is invisible.
            if (!string.IsNullOrEmpty(r.DisplayText)) chats.Add(chatId, "user", userId, new JsonObject { ["type"] = "text", ["text"] = r.DisplayText });
            chats.Note(chatId, "postback: " + r.Data);
        }
        if (!Reachable(chatId, group is not null)) return null;
        await DeliverAsync(chatId, events);
        return null;
    }

    public async Task FollowAsync(string userId)
    {
        var unblocked = chats.Friendship(userId) == "blocked";
        chats.SetFriendship(userId, "friend");
        chats.Note(userId, unblocked ? "เลิกบล็อก CodiBot แล้ว" : "เพิ่ม CodiBot เป็นเพื่อนแล้ว");
        await DeliverAsync(userId, [Sender().Follow(userId, unblocked)]);
    }

    public async Task BlockAsync(string userId)
    {
        chats.SetFriendship(userId, "blocked");
        chats.Note(userId, "บล็อก CodiBot แล้ว");
        await DeliverAsync(userId, [Sender().Unfollow(userId)]);
    }

    public async Task JoinAsync(string groupId)
    {
        chats.SetBotInGroup(groupId, true);
        chats.Note(groupId, "CodiBot เข้าร่วมกลุ่มแล้ว");
        await DeliverAsync(groupId, [Sender().Join(groupId)]);
    }

    public async Task LeaveAsync(string groupId)
    {
        chats.SetBotInGroup(groupId, false);
        chats.Note(groupId, "นำ CodiBot ออกจากกลุ่มแล้ว");
        await DeliverAsync(groupId, [Sender().Leave(groupId)]);
    }

    /// <summary>LINE sends nothing from a user who blocked the bot, nor from a group the bot is not in.</summary>
    bool Reachable(string chatId, bool isGroup)
    {
        if (isGroup && !chats.BotInGroup(chatId)) { chats.Note(chatId, "CodiBot ยังไม่อยู่ในกลุ่มนี้ บอทจึงไม่เห็นข้อความ"); return false; }
        if (!isGroup && chats.Friendship(chatId) == "blocked") { chats.Note(chatId, "คุณบล็อก CodiBot อยู่ บอทจึงไม่เห็นข้อความ"); return false; }
        return true;
    }

    async Task DeliverAsync(string chatId, JsonObject[] events)
    {
        try
        {
            using var response = await Sender().SendAsync(events);
            if (!response.IsSuccessStatusCode)
                chats.Note(chatId, $"webhook ของบอทตอบ {(int)response.StatusCode} ({settings.WebhookUri})");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            chats.Note(chatId, $"ส่ง webhook ไปที่ {settings.WebhookUri} ไม่สำเร็จ: {e.Message}");
        }
    }

    static List<(byte[], string)> Decode(List<UploadedImage> images) => [.. images.Select(i =>
    {
        var bytes = Convert.FromBase64String(i.Data); // throws FormatException on garbage
        if (bytes.Length > MaxPhotoBytes) throw new FormatException("รูปใหญ่เกิน 10 MB");
        return (bytes, i.ContentType.StartsWith("image/", StringComparison.Ordinal) ? i.ContentType : "image/jpeg");
    })];

    /// <summary>The page shows the user's own photos from the platform's content store.</summary>
    static JsonObject ForDisplay(JsonObject m)
    {
        var copy = m.DeepClone().AsObject();
        if (copy["type"]?.ToString() == "image") copy["previewUrl"] = "/simulator/api/content/" + copy["id"];
        return copy;
    }

    public void Dispose() => _http.Dispose();
}
