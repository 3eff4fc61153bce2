using System.Text.Json.Nodes;
using CodiBot.Digest;
using CodiBot.Outbox;
using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using CodiBot.Thai;
using Microsoft.Extensions.Time.Testing;
using CodiBot.Testing;

namespace CodiBot.Tests.Digest;

/// <summary>
/// A bot of its own on a fake clock (time moves 1 ms per reading, and jumps when a test advances it), with a
/// configured admin and, on first need, a staff member who subscribes groups and posts announcements by chat.
/// </summary>
public sealed class DigestHost : IAsyncDisposable
{
    public static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    public required TestBot Bot { get; init; }
    public required FakeTimeProvider Clock { get; init; }
    public required string AdminId { get; init; }
    public LinePlatform Platform => Bot.Platform;
    Chatter? _staff;

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Bangkok);

    /// <param name="sending">False leaves out the outbox sender: the process "dies" after committing, before sending.</param>
    public static async Task<DigestHost> StartAsync(DateTimeOffset now, LineStandIn? line = null, string? database = null,
        bool sending = true, string? adminId = null)
    {
        var clock = ClockedBot.Clock(now);
        adminId ??= LineIds.Random('U');
        var bot = await ClockedBot.StartAsync(clock, adminId, database, line, s =>
        {
            if (!sending)
                foreach (var d in s.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService) && d.ImplementationType == typeof(OutboxSender)).ToList())
                    s.Remove(d);
        });
        return new DigestHost { Bot = bot, Clock = clock, AdminId = adminId };
    }

    /// <summary>Moves the fake clock to a Bangkok time (forward only).</summary>
    public void MoveTo(DateTimeOffset when) => Clock.Advance(when - Clock.GetUtcNow());

    /// <summary>A staff member made by the admin's invite code (the code is the second of the admin's three answers).</summary>
    public async Task<Chatter> StaffAsync()
    {
        return _staff ??= await Bot.NewStaffAsync(AdminId, "อรุณี ศปก.");
    }

    /// <summary>A LINE group of this many members that the bot joins and staff subscribe ("รับสรุปรายวัน ภาคใต้").</summary>
    public async Task<string> SubscribeAsync(string name, string? region = null, int members = 5)
    {
        var staff = await StaffAsync();
        var groupId = LineIds.Random('C');
        Platform.AddGroup(groupId, name, Enumerable.Range(1, members).Select(i => i == 1 ? staff.UserId : LineIds.Random('U')));
        var inGroup = new Chatter(Bot, groupId, staff.UserId);
        await inGroup.SendAsync(Bot.Webhooks.Join(groupId));
        var regionWord = Regions.FromId(region) is { } r ? " " + Regions.Thai(r) : "";
        Assert.Contains("กลุ่มนี้จะได้รับสรุปสถานการณ์รายวัน", (await inGroup.SayAsync("รับสรุปรายวัน" + regionWord)).Text());
        return groupId;
    }

    /// <summary>The bot is removed from the group.</summary>
    public Task LeaveAsync(string groupId) => new Chatter(Bot, groupId).SendAsync(Bot.Webhooks.Leave(groupId));

    /// <summary>Staff post an announcement for today ("ประกาศ …").</summary>
    public async Task AnnounceAsync(string text) =>
        Assert.StartsWith("บันทึกประกาศข้อ", (await (await StaffAsync()).SayAsync("ประกาศ " + text)).Text());

    /// <summary>Waits (real time) until the query answers the expected number.</summary>
    public Task UntilAsync(string sql, long expected)
    {
        long last = 0;
        return HangGuard.UntilAsync(async () => (last = await Bot.ScalarAsync(sql)) == expected, () => $"{sql} → {last}, expected {expected}");
    }

    /// <summary>Waits until no digest push is left in the outbox.</summary>
    public Task UntilDigestsSentAsync() =>
        UntilAsync("SELECT COUNT(*) FROM outbox_messages o JOIN digest_runs r ON r.OutboxId = o.Id WHERE o.Status = 0", 0);

    /// <summary>What the bot pushed to the chat (digests, warnings), leaving out its replies.</summary>
    public IReadOnlyList<DeliveredMessage> Pushed(string chatId) => Platform.Delivered(chatId).Where(d => d.How == "push").ToList();

    /// <summary>Waits until at least <paramref name="count"/> pushes have reached the chat.</summary>
    public async Task<IReadOnlyList<DeliveredMessage>> PushedAsync(string chatId, int count)
    {
        await HangGuard.UntilAsync(() => Pushed(chatId).Count >= count, () => $"{chatId}: expected {count} push(es), got {Pushed(chatId).Count}");
        return Pushed(chatId);
    }

    public IReadOnlyList<RecordedRequest> Pushes(string chatId) =>
        Platform.Requests.Where(r => r.Path.EndsWith("/v2/bot/message/push") && r.Body?.Contains($"\"{chatId}\"") == true).ToList();

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}

public static class FlexText
{
    public static string AltText(this DeliveredMessage m) => m.Message["altText"]?.ToString() ?? "";

    /// <summary>Every "text" of a Flex message, in document order.</summary>
    public static List<string> Texts(this DeliveredMessage m) => Texts(m.Message["contents"]);

    public static List<string> Texts(JsonNode? node)
    {
        var found = new List<string>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    if (o["type"]?.ToString() == "text" && o["text"] is JsonValue t) found.Add(t.ToString());
                    foreach (var (_, v) in o) Walk(v);
                    break;
                case JsonArray a:
                    foreach (var v in a) Walk(v);
                    break;
            }
        }
        Walk(node);
        return found;
    }
}

public static class TestBotText
{
    /// <summary>A text value straight from the bot's SQLite file.</summary>
    public static async Task<string> ScalarTextAsync(this TestBot bot, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bot.DatabasePath}");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync()) ?? "";
    }
}

public static class InOrder
{
    /// <summary>Each expected text occurs, exactly and in this order, among the actual texts (others may come between).</summary>
    public static void Texts(IReadOnlyList<string> actual, params string[] expected)
    {
        var at = 0;
        foreach (var e in expected)
        {
            var found = -1;
            for (var i = at; i < actual.Count; i++) if (actual[i] == e) { found = i; break; }
            Assert.True(found >= 0, $"\"{e}\" not found after position {at} in:\n{string.Join("\n", actual)}");
            at = found + 1;
        }
    }
}
