using System.Text.Json.Nodes;
using CodiBot.Digest;
using CodiBot.Groups;
using CodiBot.Outbox;
using CodiBot.Simulator;
using CodiBot.Storage;
using CodiBot.Tests.Infrastructure;
using CodiBot.Totals;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CodiBot.Tests.Digest;

/// <summary>A bot of its own on a fake clock (time moves 1 ms per reading, and jumps when a test advances it).</summary>
public sealed class DigestHost : IAsyncDisposable
{
    public static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    public required TestBot Bot { get; init; }
    public required FakeTimeProvider Clock { get; init; }
    public LinePlatform Platform => Bot.Platform;

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Bangkok);

    /// <param name="sending">False leaves out the outbox sender: the process "dies" after committing, before sending.</param>
    public static async Task<DigestHost> StartAsync(DateTimeOffset now, LineStandIn? line = null, string? database = null,
        IDictionary<string, string?>? settings = null, bool sending = true)
    {
        var clock = new FakeTimeProvider(now) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var bot = await TestBot.StartAsync(database, line, settings, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.TryAddSingleton<ITotalsReader, InTestTotalsReader>();
            if (!sending)
                foreach (var d in s.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService) && d.ImplementationType == typeof(OutboxSender)).ToList())
                    s.Remove(d);
        });
        return new DigestHost { Bot = bot, Clock = clock };
    }

    /// <summary>Moves the fake clock to a Bangkok time (forward only).</summary>
    public void MoveTo(DateTimeOffset when) => Clock.Advance(when - Clock.GetUtcNow());

    /// <summary>A LINE group with this many members, subscribed to the digest (as the groups commands will record it).</summary>
    public async Task<string> SubscribeAsync(string name, string? region = null, int members = 5, string kind = "group")
    {
        var groupId = LineIds.Random('C');
        Platform.AddGroup(groupId, name, Enumerable.Range(0, members).Select(_ => LineIds.Random('U')));
        await WriteAsync(db =>
        {
            var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
            db.Groups.Add(new ChatGroup { GroupId = groupId, Kind = kind, Name = name, JoinedAt = now, DigestSubscribed = true, DigestRegion = region, SubscribedBy = "Utest", SubscribedAt = now });
        });
        return groupId;
    }

    public Task AnnounceAsync(DateOnly day, string text, string? author = "ศปก. ส่วนกลาง") => WriteAsync(db =>
        db.Announcements.Add(new Announcement { Day = day.ToString("yyyy-MM-dd"), Text = text, AuthorUserId = "Ustaff", AuthorName = author, CreatedAt = Clock.GetUtcNow().ToUnixTimeMilliseconds() }));

    async Task WriteAsync(Action<CodiBotDb> change)
    {
        using var _ = await Bot.Services.GetRequiredService<WriteGate>().EnterAsync();
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Waits (real time) until the query answers the expected number.</summary>
    public async Task UntilAsync(string sql, long expected)
    {
        var deadline = DateTime.UtcNow + Waits.Timeout;
        long last;
        while ((last = await Bot.ScalarAsync(sql)) != expected)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{sql} → {last}, expected {expected}");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until no digest push is left in the outbox.</summary>
    public Task UntilDigestsSentAsync() =>
        UntilAsync("SELECT COUNT(*) FROM outbox_messages o JOIN digest_runs r ON r.OutboxId = o.Id WHERE o.Status = 0", 0);

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
