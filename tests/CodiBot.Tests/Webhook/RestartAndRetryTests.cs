using System.Net;
using CodiBot.Inbox;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Webhook;

/// <summary>Tests that need a bot of their own: restarts on the same database, failing handlers.</summary>
public sealed class RestartAndRetryTests
{
    [Fact]
    public async Task Events_acknowledged_before_a_restart_are_processed_after_it()
    {
        await using var line = await LineStandIn.StartAsync();
        var users = Enumerable.Range(0, 5).Select(_ => LineIds.Random('U')).ToList();
        string database;
        await using (var before = await TestBot.StartAsync(line: line, settings: new Dictionary<string, string?> { ["Inbox:Paused"] = "true" }))
        {
            database = before.DatabasePath;
            foreach (var u in users)
                Assert.Equal(HttpStatusCode.OK, (await before.Webhooks.SendAsync(before.Webhooks.Text(u, "ช่วยเหลือ"))).StatusCode);
            Assert.Equal(5, await before.ScalarAsync("SELECT COUNT(*) FROM inbox_events WHERE Status = 0"));
        }
        Assert.All(users, u => Assert.Empty(line.Platform.Delivered(u)));

        await using var after = await TestBot.StartAsync(databasePath: database, line: line);
        foreach (var u in users)
            Assert.Single(await after.MessagesAsync(u, 1));
        Assert.Equal(0, await after.ScalarAsync("SELECT COUNT(*) FROM inbox_events WHERE Status = 0"));
    }

    [Fact]
    public async Task A_failing_event_is_retried_then_parked_and_shown_in_health_without_blocking_others()
    {
        var failing = new FailingHandling();
        await using var bot = await TestBot.StartAsync(
            settings: new Dictionary<string, string?> { ["Inbox:MaxAttempts"] = "3" },
            services: s => s.AddSingleton<IEventHandling>(sp => failing.Wrap(ActivatorUtilities.CreateInstance<EventHandling>(sp))));
        var user = LineIds.Random('U');
        var bad = bot.Webhooks.Text(user, "ช่วยเหลือ");
        failing.EventId = bad["webhookEventId"]!.ToString();
        var next = bot.Webhooks.Text(user, "สวัสดี");
        next["timestamp"] = (long)bad["timestamp"]! + 1;

        await bot.Webhooks.SendAsync(bad, next);

        Assert.Equal((long)InboxStatus.Parked, await bot.UntilSettledAsync(bad));
        Assert.Equal(3, failing.Calls);
        // The conversation moves on once the bad event is parked.
        var answer = Assert.Single(await bot.MessagesAsync(user, 1));
        Assert.Contains("สวัสดี", answer.Text());
        var health = await bot.Http.GetStringAsync("/healthz");
        Assert.Contains("\"parked\":1", health);
        Assert.Contains(failing.EventId, health);
        Assert.Contains("deliberate failure", health);
    }

    sealed class FailingHandling
    {
        public string? EventId;
        public int Calls;

        public IEventHandling Wrap(IEventHandling inner) => new Handler(this, inner);

        sealed class Handler(FailingHandling owner, IEventHandling inner) : IEventHandling
        {
            public Task<Handled> HandleAsync(InboxEvent stored, CancellationToken ct)
            {
                if (stored.WebhookEventId != owner.EventId) return inner.HandleAsync(stored, ct);
                Interlocked.Increment(ref owner.Calls);
                throw new InvalidOperationException("deliberate failure");
            }
        }
    }
}
