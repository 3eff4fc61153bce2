using CodiBot.Storage;
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
            Assert.Equal(5, await InboxPendingAsync(before));
        }
        Assert.All(users, u => Assert.Empty(line.Platform.Delivered(u)));

        await using var after = await TestBot.StartAsync(databasePath: database, line: line);
        foreach (var u in users)
            Assert.Single(await after.MessagesAsync(u, 1));
        Assert.Equal(0, await InboxPendingAsync(after));
    }

    /// <summary>Acknowledged events not yet settled, as the health endpoint reports them.</summary>
    static async Task<long> InboxPendingAsync(TestBot bot) =>
        (long)System.Text.Json.Nodes.JsonNode.Parse(await bot.Http.GetStringAsync("/healthz"))!["inbox"]!["pending"]!;

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

    [Fact]
    public async Task A_state_change_that_fails_to_commit_holds_back_only_its_own_event()
    {
        var failing = new FailingHandling { FailAtCommit = true };
        await using var bot = await TestBot.StartAsync(
            settings: new Dictionary<string, string?> { ["Inbox:MaxAttempts"] = "3" },
            services: s => s.AddSingleton<IEventHandling>(sp => failing.Wrap(ActivatorUtilities.CreateInstance<EventHandling>(sp))));
        var users = Enumerable.Range(0, 4).Select(_ => LineIds.Random('U')).ToList();
        var events = users.Select(u => bot.Webhooks.Text(u, "สวัสดี")).ToArray();
        failing.EventId = events[0]["webhookEventId"]!.ToString();

        await bot.Webhooks.SendAsync(events); // one request: one batch

        Assert.Equal((long)InboxStatus.Parked, await bot.UntilSettledAsync(events[0]));
        Assert.Equal(3, failing.Calls);
        foreach (var (user, e) in users.Zip(events).Skip(1))
        {
            Assert.Equal((long)InboxStatus.Done, await bot.UntilSettledAsync(e));
            Assert.Contains("สวัสดี", Assert.Single(await bot.MessagesAsync(user, 1)).Text());
        }
        Assert.Empty(bot.Platform.Delivered(users[0]));
        Assert.Contains("deliberate commit failure", await bot.Http.GetStringAsync("/healthz"));
    }

    sealed class FailingHandling
    {
        public bool FailAtCommit;
        public string? EventId;
        public int Calls;

        public IEventHandling Wrap(IEventHandling inner) => new Handler(this, inner);

        sealed class Handler(FailingHandling owner, IEventHandling inner) : IEventHandling
        {
            public Task<Handled> HandleAsync(InboxEvent stored, CancellationToken ct)
            {
                if (stored.WebhookEventId != owner.EventId) return inner.HandleAsync(stored, ct);
                Interlocked.Increment(ref owner.Calls);
                if (!owner.FailAtCommit) throw new InvalidOperationException("deliberate failure");
                // Handling succeeds; the change it asks for throws inside the batch transaction.
                return inner.HandleAsync(stored, ct).ContinueWith(t => t.Result with
                {
                    Changes = [.. t.Result.Changes ?? [], new StoreChange("broken", (_, _) => throw new InvalidOperationException("deliberate commit failure"))],
                }, ct);
            }
        }
    }
}
