using CodiBot.Hosting;
using CodiBot.Inbox;
using CodiBot.Simulator;
using CodiBot.Storage;
using CodiBot.Tests.Infrastructure;
using CodiBot.Testing;

namespace CodiBot.Tests.Webhook;

/// <summary>
/// Under overload the webhook must keep acknowledging: processing runs on the low-priority lane, and nothing it holds
/// (the write gate included) stands in the webhook's way.
/// </summary>
public sealed class BackgroundPriorityTests
{
    [Fact]
    public async Task The_lane_runs_work_and_its_continuations_at_low_priority()
    {
        using var lane = new BackgroundLane(2, BackgroundLane.DefaultNiceness);
        var (before, after) = await lane.Run(async () =>
        {
            var first = (lane.IsCurrentThread, Niceness());
            await Task.Yield();
            return (first, (lane.IsCurrentThread, Niceness()));
        });
        Assert.Equal((true, LaneNiceness), before);
        Assert.Equal((true, LaneNiceness), after);
        Assert.False(lane.IsCurrentThread);
        Assert.Equal(0, Niceness());
    }

    [Theory]
    [InlineData(null)] // the default
    [InlineData(3)] // Lane:Niceness
    public async Task Events_are_handled_and_committed_on_the_lane(int? configured)
    {
        var seen = new Recorder();
        await using var bot = await TestBot.StartAsync(
            settings: new Dictionary<string, string?> { [BackgroundLane.NicenessSetting] = configured?.ToString() },
            services: s => s.AddSingleton<IEventHandling>(sp =>
                seen.Wrap(ActivatorUtilities.CreateInstance<EventHandling>(sp), sp.GetRequiredService<BackgroundLane>())));
        var user = LineIds.Random('U');

        await bot.Webhooks.SendAsync(bot.Webhooks.Text(user, "ช่วยเหลือ"));

        Assert.Single(await bot.MessagesAsync(user, 1));
        var expected = OperatingSystem.IsLinux() ? configured ?? BackgroundLane.DefaultNiceness : 0;
        Assert.Equal((true, expected), seen.Handling);
        Assert.Equal((true, expected), seen.Commit);
    }

    [Fact]
    public async Task The_webhook_acknowledges_while_processing_holds_the_write_gate()
    {
        await using var bot = await TestBot.StartAsync();
        var user = LineIds.Random('U');
        var e = bot.Webhooks.Text(user, "ช่วยเหลือ");

        using (await bot.Services.GetRequiredService<WriteGate>().EnterAsync())
        {
            var response = await bot.Webhooks.SendAsync(e).WaitAsync(HangGuard.Limit);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, await bot.StoredAsync(e["webhookEventId"]!.ToString()));
            await Task.Delay(200);
            Assert.Empty(bot.Platform.Delivered(user));
        }
        Assert.Single(await bot.MessagesAsync(user, 1));
    }

    static int LaneNiceness => OperatingSystem.IsLinux() ? BackgroundLane.DefaultNiceness : 0;

    /// <summary>This thread's nice value (field 19 of /proc/thread-self/stat); 0 where there is no such file.</summary>
    static int Niceness()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var stat = File.ReadAllText("/proc/thread-self/stat");
        // The command name (field 2) may hold spaces; it ends at the last ')'. What follows starts at field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3]);
    }

    sealed class Recorder
    {
        public (bool OnLane, int Niceness) Handling, Commit;

        public IEventHandling Wrap(IEventHandling inner, BackgroundLane lane) => new Handler(this, inner, lane);

        sealed class Handler(Recorder owner, IEventHandling inner, BackgroundLane lane) : IEventHandling
        {
            public async Task<Handled> HandleAsync(InboxEvent stored, CancellationToken ct)
            {
                owner.Handling = (lane.IsCurrentThread, Niceness());
                var handled = await inner.HandleAsync(stored, ct);
                return handled with
                {
                    Changes = [.. handled.Changes ?? [], new StoreChange("record", (_, _) =>
                    {
                        owner.Commit = (lane.IsCurrentThread, Niceness());
                        return Task.CompletedTask;
                    })],
                };
            }
        }
    }
}
