using System.Text.Json.Nodes;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CodiBot.Tests.Outbox;

/// <summary>
/// Issue 11 §3: an answer reaches its chat exactly once when LINE hangs after delivering, when the bot stops between
/// sending and recording, and when recording fails. Each case once doubled an answer (a reply, then a push).
/// </summary>
public sealed class OnceOnlyTests
{
    const string Reply = "/v2/bot/message/reply";

    [Fact]
    public async Task A_reply_that_hung_past_the_timeout_but_was_delivered_is_not_sent_again()
    {
        await using var bot = await TestBot.StartAsync();
        var user = LineIds.Random('U');
        var e = bot.Webhooks.Text(user, "ช่วยเหลือ");
        // LINE delivers, then answers only after the client (2 s timeout) has given up.
        bot.Platform.DelayNext(Reply, TimeSpan.FromSeconds(6), delivers: true);

        await bot.Webhooks.SendAsync(e);
        await bot.UntilSentAsync(e);

        AssertAnsweredOnceByReply(bot.Platform, user);
        Assert.Equal(1, await bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{e["webhookEventId"]}' AND Status = 1 AND Delivery = 'reply'"));
        await bot.DisposeCheckingSpecAsync();
    }

    [Fact]
    public async Task A_reply_sent_just_before_the_bot_stopped_is_not_pushed_after_the_restart()
    {
        await using var line = await LineStandIn.StartAsync();
        var database = NewDatabase();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        // A long client timeout: the first bot is stopped while its reply's answer is still outstanding.
        var settings = new Dictionary<string, string?> { ["Line:Retry:Timeout"] = "00:01:00" };
        var first = await TestBot.StartAsync(database, line, settings, s => s.AddSingleton<TimeProvider>(clock));
        var user = LineIds.Random('U');
        var e = first.Webhooks.Text(user, "ช่วยเหลือ");
        line.Platform.DelayNext(Reply, TimeSpan.FromSeconds(30), delivers: true);

        await first.Webhooks.SendAsync(e);
        await line.Platform.WaitForMessagesAsync(user, 1, Waits.Timeout);
        await first.DisposeAsync(); // stopped after sending, before recording the outcome
        // It comes back late: by the event's age alone the token would look expired.
        clock.Advance(TimeSpan.FromSeconds(55));
        await using var second = await TestBot.StartAsync(database, line, settings, s => s.AddSingleton<TimeProvider>(clock));
        await second.UntilSentAsync(e);

        AssertAnsweredOnceByReply(line.Platform, user);
        Assert.Equal(2, await second.ScalarAsync($"SELECT Attempts FROM outbox_messages WHERE SourceEventId = '{e["webhookEventId"]}' AND Status = 1"));
        Assert.Empty(line.SpecErrors());
    }

    [Fact]
    public async Task A_failed_commit_after_sending_does_not_send_again()
    {
        var database = NewDatabase();
        // SQLite gives up on a held write lock after 1 s instead of 30.
        await using var bot = await TestBot.StartAsync(database,
            settings: new Dictionary<string, string?> { ["ConnectionStrings:CodiBot"] = $"Data Source={database};Default Timeout=1" });
        var user = LineIds.Random('U');
        var e = bot.Webhooks.Text(user, "ช่วยเหลือ");
        // Another process takes the write lock the moment LINE delivers, and holds it for 3 s.
        Task? held = null;
        void Hold(DeliveredMessage d)
        {
            if (d.ChatId == user) held ??= HoldWriteLockAsync(database, TimeSpan.FromSeconds(3));
        }
        bot.Platform.MessageDelivered += Hold;

        await bot.Webhooks.SendAsync(e);
        await bot.UntilSentAsync(e);
        bot.Platform.MessageDelivered -= Hold;
        await held!;

        AssertAnsweredOnceByReply(bot.Platform, user);
        Assert.Single(bot.Platform.Requests, r => r.Path.EndsWith(Reply) && r.ChatId == user);
        await bot.DisposeCheckingSpecAsync();
    }

    [Fact]
    public async Task An_empty_reply_token_is_pushed_at_once()
    {
        await using var bot = await TestBot.StartAsync();
        var user = LineIds.Random('U');
        var e = bot.Webhooks.Text(user, "ช่วยเหลือ");
        e["replyToken"] = "";

        await bot.Webhooks.SendAsync(e);
        await bot.UntilSentAsync(e);

        Assert.All(await bot.MessagesAsync(user, 1), m => Assert.Equal("push", m.How));
        Assert.Equal(1, await bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{e["webhookEventId"]}' AND Status = 1 AND Delivery = 'push' AND Attempts = 1"));
        await bot.DisposeCheckingSpecAsync();
    }

    /// <summary>Every message of the answer came once, by reply, and nothing was pushed to the chat.</summary>
    static void AssertAnsweredOnceByReply(LinePlatform platform, string user)
    {
        var answers = platform.Delivered(user);
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Equal("reply", a.How));
        Assert.Equal(answers.Count, answers.Select(a => a.Message.ToJsonString()).Distinct().Count());
        Assert.DoesNotContain(platform.Requests, r => r.Path.EndsWith("/push") && r.ChatId == user);
    }

    static string NewDatabase() => Path.Combine(Path.GetTempPath(), "codibot-tests", Guid.NewGuid().ToString("N") + ".db");

    static async Task HoldWriteLockAsync(string database, TimeSpan howLong)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }
        await Task.Delay(howLong);
        await using var rollback = connection.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        rollback.ExecuteNonQuery();
    }
}
