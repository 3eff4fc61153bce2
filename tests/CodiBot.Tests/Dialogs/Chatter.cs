using System.Text.Json.Nodes;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Dialogs;

/// <summary>A person chatting with the bot in a test: each step sends a signed webhook and returns what the bot answered to it.</summary>
public sealed class Chatter(TestBot bot, string? groupId = null, string? userId = null)
{
    public string UserId { get; } = userId ?? LineIds.Random('U');

    /// <summary>The same person talking to another bot host (a restart on the same database).</summary>
    public Chatter On(TestBot other) => new(other, groupId, UserId);
    public string ChatId => groupId ?? UserId;
    public JsonObject? LastEvent { get; private set; }

    /// <summary>The bot's last answer to <paramref name="text"/> (in a group the person mentions the bot).</summary>
    public async Task<DeliveredMessage> SayAsync(string text)
    {
        var answers = await SayAllAsync(text);
        return Assert.IsType<DeliveredMessage>(answers.LastOrDefault(), exactMatch: false);
    }

    public Task<IReadOnlyList<DeliveredMessage>> SayAllAsync(string text) =>
        SendAsync(bot.Webhooks.Text(UserId, text, groupId, mentionBot: groupId is not null));

    /// <summary>Sends without a mention (in a group: talk that may not be meant for the bot).</summary>
    public Task<IReadOnlyList<DeliveredMessage>> ChatAsync(string text) => SendAsync(bot.Webhooks.Text(UserId, text, groupId));

    public Task<IReadOnlyList<DeliveredMessage>> PhotosAsync(int count) =>
        SendAsync(bot.Webhooks.Images(UserId, Enumerable.Range(0, count).Select(_ => (Photos.TestImages.Jpeg(), "image/jpeg")).ToList(), groupId));

    public async Task<IReadOnlyList<DeliveredMessage>> SendAsync(params JsonObject[] events)
    {
        var before = bot.Platform.Delivered(ChatId).Count;
        LastEvent = events.Last();
        await bot.Webhooks.SendAsync(events);
        foreach (var e in events) await bot.UntilSentAsync(e);
        return bot.Platform.Delivered(ChatId).Skip(before).ToList();
    }

    public string LastMessageId => LastEvent!["message"]!["id"]!.ToString();

    /// <summary>Registers through the whole registration dialog, as a leader of one organisation in <paramref name="province"/>
    /// (when the organisation's name places it elsewhere, the area is corrected to the province at the summary).</summary>
    public async Task RegisterAsync(string organisation = "สภาองค์กรชุมชนตำบลละงู", string province = "พัทลุง", string region = "ใต้")
    {
        await SayAsync("ลงทะเบียน");
        await SayAsync("ยินยอม");
        await SayAsync("สมศรี ใจดี");
        var asked = await SayAsync(organisation);
        // The name may already give the type and the place: answer whatever is still asked.
        for (var i = 0; i < 5 && !asked.Text().Contains("📋"); i++)
            asked = await SayAsync(asked.Text() switch
            {
                var t when t.Contains("ประเภท") => "สภาองค์กรชุมชน",
                var t when t.Contains("ตำบลอะไร") => province,
                var t when t.Contains("ภาค") => region,
                _ => "ข้าม",
            });
        if (!asked.Text().Contains("จ." + province) && !asked.Text().Contains(": " + province))
        {
            await SayAsync("แก้ไข");
            await SayAsync("พื้นที่ (ตำบล อำเภอ จังหวัด)");
            await SayAsync(province);
        }
        var done = await SayAsync("ยืนยัน");
        Assert.Contains("ลงทะเบียนเรียบร้อย", done.Text());
    }
}
