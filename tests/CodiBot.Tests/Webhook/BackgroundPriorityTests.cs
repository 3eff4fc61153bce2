using CodiBot.Hosting;
using CodiBot.Inbox;
using CodiBot.Simulator;
using CodiBot.Storage;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Webhook;

/// <summary>
/// Under overload the webhook must keep acknowledging: processing runs on the low-priority lane, and anything holding
/// the write gate (which the webhook's commit needs) runs at normal priority.
/// </summary>
public sealed class BackgroundPriorityTests
{
    [Fact]
    public async Task The_lane_runs_work_and_its_continuations_at_low_priority()
    {
        using var lane = new BackgroundLane(2);
        var (before, after) = await lane.Run(async () =>
        {
            var first = (lane.IsCurrentThread, Niceness());
            await Task.Yield();
            return (first, (lane.IsCurrentThread, Niceness()));
        });
        Assert.Equal((true, ExpectedNiceness), before);
        Assert.Equal((true, ExpectedNiceness), after);
        Assert.False(lane.IsCurrentThread);
        Assert.Equal(0, Niceness());
    }

    [Fact]
    public async Task A_write_started_on_the_lane_holds_the_gate_at_normal_priority()
    {
        using var lane = new BackgroundLane(1);
        var gate = new WriteGate();
        var inside = await lane.Run(async () =>
        {
            (bool, int) seen = default;
            await gate.WriteAsync(() => { seen = (lane.IsCurrentThread, Niceness()); return Task.CompletedTask; });
            return seen;
        });
        Assert.Equal((false, 0), inside);
    }

    [Fact]
    public async Task Events_are_handled_on_the_lane_and_their_changes_committed_off_it()
    {
        var seen = new Recorder();
        await using var bot = await TestBot.StartAsync(services: s => s.AddSingleton<IEventHandling>(sp =>
            seen.Wrap(ActivatorUtilities.CreateInstance<EventHandling>(sp), sp.GetRequiredService<BackgroundLane>())));
        var user = LineIds.Random('U');

        await bot.Webhooks.SendAsync(bot.Webhooks.Text(user, "ช่วยเหลือ"));

        Assert.Single(await bot.MessagesAsync(user, 1));
        Assert.Equal((true, ExpectedNiceness), seen.Handling);
        Assert.Equal((false, 0), seen.Commit);
    }

    static int ExpectedNiceness => OperatingSystem.IsLinux() ? BackgroundLane.Niceness : 0;

    /// <summary>This thread's nice value (field 19 of /proc/thread-self/stat); 0 where there is no such file.</summary>
    static int Niceness()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var stat = File.ReadAllText("/proc/thread-self/stat");
        // The command name (field 2) may hold spaces; it ends at the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16]);
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
