using System.Diagnostics;

namespace CodiBot.Bench;

/// <summary>
/// Every 250 ms: the bot's VmRSS (for its peak) and CPU time of bot and bench; every second a timeline row
/// (and a progress line on stderr unless --quiet).
/// </summary>
public sealed class Sampler(BenchOptions options, Tracker tracker, LoadRunner runner, BotProcess bot)
{
    readonly List<(long At, double? Bot, double? Bench, double? Machine)> _cpu = [];

    public List<Second> Timeline { get; } = [];
    public long? PeakRss { get; private set; }
    public long? VmHwm { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var tick = 0;
        long lastAcked = 0, lastAnswered = 0, lastAt = 0;
        try
        {
            do
            {
                Sample();
                if (++tick % 4 != 0 || runner.Start == 0) continue;
                var now = Stopwatch.GetTimestamp();
                var acked = Interlocked.Read(ref tracker.EventsAcked);
                var answered = Interlocked.Read(ref tracker.EventsAnswered);
                var row = new Second(Math.Round(Tracker.Ms(now - runner.Start) / 1000, 2), Interlocked.Read(ref tracker.RequestsSent),
                    acked, answered, Math.Max(0, acked - answered), PeakRssNow is { } b ? Math.Round(b / 1048576.0, 1) : null);
                Timeline.Add(row);
                var dt = Tracker.Ms(now - (lastAt == 0 ? runner.Start : lastAt)) / 1000;
                if (!options.Quiet)
                    Console.Error.WriteLine(
                        $"t={row.T,6:0.0}s  acked/s {(acked - lastAcked) / dt,8:#,0}  answered/s {(answered - lastAnswered) / dt,8:#,0}  backlog {row.Backlog,8:#,0}" +
                        (row.BotRssMb is { } mb ? $"  bot RSS {mb,6:0.0} MB" : "") +
                        (now < runner.MeasureStart ? "  (warm-up)" : runner.Stopped != 0 ? "  (draining)" : ""));
                lastAcked = acked;
                lastAnswered = answered;
                lastAt = now;
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        Sample();
    }

    long? PeakRssNow { get; set; }

    void Sample()
    {
        var (rss, hwm) = bot.Memory();
        PeakRssNow = rss;
        if (rss is { } r && r > (PeakRss ?? 0)) PeakRss = r;
        if (hwm is { } h) VmHwm = h;
        _cpu.Add((Stopwatch.GetTimestamp(), bot.CpuSeconds(), BotProcess.ProcCpuSeconds(Environment.ProcessId), MachineBusySeconds()));
    }

    /// <summary>Average CPU cores busy between two Stopwatch times: the bot, the bench, and the whole machine.</summary>
    public (double? Bot, double? Bench, double? Machine) CpuCores(long from, long to)
    {
        var inside = _cpu.Where(c => c.At >= from && c.At <= to).ToList();
        if (inside.Count < 2) return (null, null, null);
        var (a, b) = (inside[0], inside[^1]);
        var seconds = Tracker.Ms(b.At - a.At) / 1000;
        double? Cores(double? x, double? y) => x is { } p && y is { } q ? Math.Round((q - p) / seconds, 2) : null;
        return (Cores(a.Bot, b.Bot), Cores(a.Bench, b.Bench), Cores(a.Machine, b.Machine));
    }

    /// <summary>Busy CPU seconds of the whole machine (all cores) from /proc/stat; null when unknown.</summary>
    static double? MachineBusySeconds()
    {
        try
        {
            using var reader = new StreamReader("/proc/stat");
            var f = reader.ReadLine()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f is null || f[0] != "cpu" || f.Length < 8) return null;
            long total = 0;
            for (var i = 1; i < Math.Min(f.Length, 9); i++) total += long.Parse(f[i], System.Globalization.CultureInfo.InvariantCulture);
            var idle = long.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture);
            return (total - idle) / 100.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return null; }
    }
}
