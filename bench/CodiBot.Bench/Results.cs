using System.Globalization;
using System.Text;

namespace CodiBot.Bench;

public sealed record Percentiles(long Count, double P50, double P95, double P99, double Max, double Mean)
{
    /// <summary>Exact percentiles (nearest rank) of latencies given in Stopwatch ticks, reported in milliseconds.</summary>
    public static Percentiles Of(List<long> ticks)
    {
        if (ticks.Count == 0) return new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var a = ticks.ToArray();
        Array.Sort(a);
        double Ms(long t) => Math.Round(Tracker.Ms(t), 3);
        double At(double q) => Ms(a[Math.Clamp((int)Math.Ceiling(q * a.Length) - 1, 0, a.Length - 1)]);
        return new(a.Length, At(0.50), At(0.95), At(0.99), Ms(a[^1]), Ms((long)a.Average()));
    }
}

public sealed record Second(double T, long RequestsSent, long EventsAcked, long EventsAnswered, long Backlog, double? BotRssMb);

public sealed record RequestsResult(long Scheduled, long Sent, long Acknowledged, Dictionary<string, long> NonOkByStatus,
    Dictionary<string, long> Errors, long NotSentBehindSchedule);

public sealed record AckResult(long Events, double EventsPerSecond, double RequestsPerSecond,
    Percentiles LatencyMs, Percentiles ServiceTimeMs);

public sealed record EndToEndResult(long AcknowledgedEvents, long Answered, long AnsweredByReply, long AnsweredByPush,
    long Unanswered, double AnsweredPerSecondInWindow, Percentiles LatencyMs, long BacklogAtEnd, long BacklogMax,
    double? DrainSeconds, bool Drained)
{
    /// <summary>Acknowledged events of the whole run (warm-up included) still without an answer when the bench stopped waiting.</summary>
    public long UnansweredWholeRun { get; init; }
}

public sealed record StandInResult(long Replies, long RepliesMatched, long RepliesDuplicate, long RepliesForeign,
    long Pushes, long PushesMatched, long PushesUnmatched, long PushRetryKeyMissing, long PushRetryKeyRepeated,
    long LoadingStarts, long Profiles, long Other, long MissingBearer, Dictionary<string, long> OtherPaths);

public sealed record BotResult(string Url, int? Pid, double? PeakMemoryMb, double? PeakRssSampledMb, double? VmHwmMb, double? CpuCoresInWindow,
    long? LogLines, double? BenchCpuCoresInWindow, double? MachineCpuCoresInWindow, int MachineCores);

public sealed record BenchResult(string Mode, double Rate, int Concurrency, int EventsPerRequest, int Users,
    double DurationSeconds, double WarmupSeconds, RequestsResult Requests, AckResult Ack, EndToEndResult EndToEnd, bool Interrupted,
    StandInResult LineApi, BotResult Bot, List<Second> Timeline)
{
    public string ToTable()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        void Head(string h) => s.Append(inv, $"\n{h}\n");
        void Row(string k, string v) => s.Append(inv, $"  {k,-38}{v}\n");
        static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
        static string F(double d) => double.IsNaN(d) ? "-" : d.ToString("#,0.0", CultureInfo.InvariantCulture);
        static string Ms(double d) => double.IsNaN(d) ? "-" : d.ToString(d < 10 ? "0.00" : "#,0.0", CultureInfo.InvariantCulture);
        static string P(Percentiles p) => p.Count == 0 ? "-" : $"{Ms(p.P50)} / {Ms(p.P95)} / {Ms(p.P99)} / {Ms(p.Max)}";
        static string Dict(Dictionary<string, long> d) =>
            d.Count == 0 ? "0" : string.Join(", ", d.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}: {N(kv.Value)}"));

        s.Append(inv, $"CodiBot bench — {Mode}\n");
        if (Interrupted) s.Append("INTERRUPTED — figures cover only the part of the run that happened\n");
        s.Append(inv, $"bot {Bot.Url}{(Bot.Pid is { } pid ? $" (pid {pid})" : "")}\n");

        Head("requests (whole run, warm-up included)");
        Row("scheduled / sent", $"{N(Requests.Scheduled)} / {N(Requests.Sent)}");
        Row("acknowledged (200)", N(Requests.Acknowledged));
        Row("non-200 by status", Dict(Requests.NonOkByStatus));
        Row("errors", Dict(Requests.Errors));
        if (Rate > 0) Row("not sent (generator behind)", N(Requests.NotSentBehindSchedule));

        Head($"acknowledgement (measured {DurationSeconds:0.##} s)");
        Row("acknowledged events", N(Ack.Events));
        Row("acknowledged events/s", F(Ack.EventsPerSecond));
        Row("requests/s", F(Ack.RequestsPerSecond));
        Row(Rate > 0 ? "latency ms p50/p95/p99/max*" : "latency ms p50/p95/p99/max", P(Ack.LatencyMs));
        if (Rate > 0) Row("service time ms p50/p95/p99/max", P(Ack.ServiceTimeMs));

        Head("end to end (webhook 200 → answer at stand-in LINE API)");
        Row("answered / acknowledged events", $"{N(EndToEnd.Answered)} / {N(EndToEnd.AcknowledgedEvents)}");
        Row("  by reply / by push", $"{N(EndToEnd.AnsweredByReply)} / {N(EndToEnd.AnsweredByPush)}");
        Row("unanswered (measured window)", N(EndToEnd.Unanswered));
        Row("answered events/s (in window)", F(EndToEnd.AnsweredPerSecondInWindow));
        Row("latency ms p50/p95/p99/max", P(EndToEnd.LatencyMs));
        Row("backlog max / at end of sending", $"{N(EndToEnd.BacklogMax)} / {N(EndToEnd.BacklogAtEnd)}");
        Row("drain", Interrupted && !EndToEnd.Drained ? $"skipped (interrupted); {N(EndToEnd.UnansweredWholeRun)} unanswered"
            : EndToEnd.Drained
            ? $"{EndToEnd.DrainSeconds?.ToString("0.00", inv)} s to answer everything"
            : $"not drained: {N(EndToEnd.UnansweredWholeRun)} unanswered after {EndToEnd.DrainSeconds?.ToString("0.0", inv)} s");

        Head("stand-in LINE API (whole run)");
        Row("replies (matched/dup/foreign)", $"{N(LineApi.Replies)} ({N(LineApi.RepliesMatched)}/{N(LineApi.RepliesDuplicate)}/{N(LineApi.RepliesForeign)})");
        Row("pushes (matched/unmatched)", $"{N(LineApi.Pushes)} ({N(LineApi.PushesMatched)}/{N(LineApi.PushesUnmatched)})");
        if (LineApi.Pushes > 0)
            Row("push retry key missing/repeated", $"{N(LineApi.PushRetryKeyMissing)} / {N(LineApi.PushRetryKeyRepeated)}");
        Row("loading / profile / other", $"{N(LineApi.LoadingStarts)} / {N(LineApi.Profiles)} / {N(LineApi.Other)}");
        if (LineApi.OtherPaths.Count > 0) Row("other paths", Dict(LineApi.OtherPaths));
        if (LineApi.MissingBearer > 0) Row("requests without Bearer token", N(LineApi.MissingBearer));

        Head("resources");
        Row("bot peak memory", Bot.PeakMemoryMb is { } p
            ? $"{p:0.0} MB  (VmHWM {Bot.VmHwmMb:0.0}, max sampled VmRSS {Bot.PeakRssSampledMb:0.0})"
            : "unknown (with --bot-url pass --bot-pid)");
        if (Bot.CpuCoresInWindow is { } c) Row("bot CPU (cores, in window)", c.ToString("0.00", inv));
        if (Bot.BenchCpuCoresInWindow is { } bc) Row("bench CPU (cores, in window)", bc.ToString("0.00", inv));
        if (Bot.MachineCpuCoresInWindow is { } m)
        {
            var others = m - (Bot.CpuCoresInWindow ?? 0) - (Bot.BenchCpuCoresInWindow ?? 0);
            Row("machine CPU busy (cores, in window)", $"{m:0.00} of {Bot.MachineCores}" +
                (Bot.CpuCoresInWindow is null ? "" : $"  (other processes {Math.Max(0, others):0.00})"));
            if (Bot.CpuCoresInWindow is not null && others > 0.25)
                s.Append(inv, $"  note: other processes used {others:0.00} cores during the window; the figures above are disturbed\n");
        }
        if (Bot.LogLines is > 0) Row("bot log lines (Warning+)", N(Bot.LogLines.Value));
        if (Rate > 0) s.Append("\n* open loop: latency from each request's intended send time (includes any queueing in the generator)\n");
        return s.ToString();
    }
}
