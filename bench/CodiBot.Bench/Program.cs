using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CodiBot.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is ["--help"] or ["-h"]) { Console.WriteLine(BenchOptions.Usage); return 0; }
if (args is ["crash", .. var crashArgs]) return await CrashRun.RunAsync(crashArgs);
BenchOptions o;
try { o = BenchOptions.Parse(args); }
catch (ArgumentException e) { Console.Error.WriteLine($"error: {e.Message}\n\n{BenchOptions.Usage}"); return 2; }

using var cts = new CancellationTokenSource();
// Ctrl+C or SIGTERM: stop sending, report what was measured, and stop the child bot.
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; cts.Cancel(); });

var secret = o.Secret ?? RandomNumberGenerator.GetHexString(32, lowercase: true);
var tracker = new Tracker(o.EventsPerRequest, o.Users);
var bodies = new WebhookBodies(o.Users, o.Texts, secret);
if (o.Sample)
{
    var buffer = Array.Empty<byte>();
    var length = bodies.Write(ref buffer, 0, o.EventsPerRequest, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    var body = System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    Console.WriteLine($"# channel secret: {secret}");
    Console.WriteLine($"curl -sS -i {new Uri(o.BotUrl ?? new Uri("http://127.0.0.1:5080"), o.WebhookPath)} -H 'content-type: application/json' " +
        $"-H 'x-line-signature: {bodies.Sign(buffer.AsSpan(0, length))}' --data-binary '{body}'");
    return 0;
}
await using var standIn = await LineStandIn.StartAsync(o.LinePort, tracker, bodies, TimeSpan.FromMilliseconds(o.LineDelayMs));
var lineApi = standIn.BaseUrl.ToString().TrimEnd('/');
Console.Error.WriteLine($"stand-in LINE API on {lineApi}");

BotProcess bot;
if (o.BotUrl is not null)
{
    bot = BotProcess.External(o.BotUrl, o.BotPid);
    Console.Error.WriteLine($"target bot {o.BotUrl} — it must run with Line__ApiBaseUrl={lineApi} Line__DataApiBaseUrl={lineApi}" +
        (o.LinePort == 0 ? " (pass --line-port N to fix this port)" : ""));
}
else
{
    string? dll;
    try { dll = await BotBuild.FindOrBuildAsync(o, cts.Token); }
    catch (OperationCanceledException) { return 130; }
    if (dll is null) return 1;
    Console.Error.WriteLine($"starting {dll}");
    bot = BotProcess.StartChild(dll, standIn.BaseUrl, secret, o.KeepTemp);
    if (o.KeepTemp) Console.Error.WriteLine($"temp dir (kept): {bot.TempDir}");
}

using (bot)
{
    try
    {
        await bot.WaitHealthyAsync(TimeSpan.FromSeconds(o.HealthTimeout), cts.Token);
    }
    catch (OperationCanceledException) { return 130; }
    catch (Exception e) when (e is TimeoutException or InvalidOperationException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        PrintBotLog(bot);
        return 1;
    }
    Console.Error.WriteLine($"bot healthy at {bot.Url}; {o.Describe()}");

    var webhook = new Uri(bot.Url, o.WebhookPath);
    var runner = new LoadRunner(o, tracker, bodies, webhook);
    var sampler = new Sampler(o, tracker, runner, bot);
    using var samplerStop = new CancellationTokenSource();
    var sampling = sampler.RunAsync(samplerStop.Token);

    await runner.RunAsync(cts.Token);

    // Drain: wait for answers to every acknowledged event, at most --drain seconds.
    var backlogAtEnd = Math.Max(0, Interlocked.Read(ref tracker.EventsAcked) - Interlocked.Read(ref tracker.EventsAnswered));
    var drainDeadline = runner.Stopped + Tracker.Ticks(o.Drain);
    var drained = false;
    while (!cts.IsCancellationRequested)
    {
        if (Interlocked.Read(ref tracker.EventsAnswered) >= Interlocked.Read(ref tracker.EventsAcked) && UnansweredAll() == 0) { drained = true; break; }
        if (Stopwatch.GetTimestamp() >= drainDeadline) break;
        await Task.Delay(20);
    }
    var drainEnd = Stopwatch.GetTimestamp();
    if (!drained) Console.Error.WriteLine($"stopped waiting for answers after {o.Drain:0.#} s");
    await samplerStop.CancelAsync();
    await sampling;

    var result = Compute();
    Console.WriteLine(result.ToTable());
    if (o.JsonPath is not null)
    {
        var json = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var dir = Path.GetDirectoryName(Path.GetFullPath(o.JsonPath));
        if (dir is not null) Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(o.JsonPath, JsonSerializer.Serialize(result, json));
        Console.Error.WriteLine($"results written to {o.JsonPath}");
    }
    if (bot.IsChild && (bot.HasExited || bot.LogTail().Lines > 0)) PrintBotLog(bot);
    return 0;

    long UnansweredAll()
    {
        long missing = 0;
        var epr = o.EventsPerRequest;
        for (long r = 0; r < runner.Requests; r++)
            if (tracker.Status[r] == 200)
                for (var e = r * epr; e < (r + 1) * epr; e++)
                    if (tracker.Answered[e] == 0) missing++;
        return missing;
    }

    BenchResult Compute()
    {
        var epr = o.EventsPerRequest;
        var ack = new List<long>();
        var service = new List<long>();
        var e2e = new List<long>();
        long measuredAckedEvents = 0, byReply = 0, byPush = 0, unanswered = 0, answeredInWindow = 0, lastAnswer = 0;
        for (long r = 0; r < runner.Requests; r++)
        {
            var intended = tracker.Intended[r];
            var inWindow = intended >= runner.MeasureStart && intended < runner.MeasureEnd;
            var acked = tracker.Status[r] == 200 ? tracker.Acked[r] : 0;
            for (var e = r * epr; e < (r + 1) * epr; e++)
            {
                var answered = tracker.Answered[e];
                if (answered >= runner.MeasureStart && answered < runner.MeasureEnd) answeredInWindow++;
                if (acked != 0 && answered > lastAnswer) lastAnswer = answered;
                if (!inWindow || acked == 0) continue;
                measuredAckedEvents++;
                if (answered == 0) { unanswered++; continue; }
                e2e.Add(Math.Max(0, answered - acked));
                if (tracker.AnsweredBy[e] == (long)AnswerKind.Push) byPush++; else byReply++;
            }
            if (!inWindow || acked == 0) continue;
            ack.Add(acked - intended);
            service.Add(acked - runner.Sent[r]);
        }
        // Interrupted runs are measured over the part of the window that actually ran.
        var seconds = Math.Max(0.001, Tracker.Ms(Math.Min(runner.MeasureEnd, runner.Stopped) - runner.MeasureStart) / 1000);
        var timeline = sampler.Timeline;
        var inWindowSeconds = timeline.Where(s => s.T >= o.Warmup && s.T <= o.Warmup + o.Duration + 0.5).ToList();
        var (botCpu, benchCpu, machineCpu) = sampler.CpuCores(runner.MeasureStart, runner.MeasureEnd);
        double? Mb(long? bytes) => bytes is { } b ? b / 1048576.0 : null;
        var unansweredAll = UnansweredAll();

        return new BenchResult(
            o.Describe(), o.Rate, o.Concurrency, epr, o.Users, Math.Round(seconds, 3), o.Warmup,
            new RequestsResult(runner.Requests, Interlocked.Read(ref tracker.RequestsSent), Interlocked.Read(ref tracker.RequestsAcked),
                runner.Statuses.ToDictionary(kv => kv.Key.ToString(CultureInfo.InvariantCulture), kv => kv.Value),
                tracker.Errors.ToDictionary(), runner.NotSent),
            new AckResult(measuredAckedEvents, measuredAckedEvents / seconds, ack.Count / seconds,
                Percentiles.Of(ack), Percentiles.Of(service)),
            new EndToEndResult(measuredAckedEvents, e2e.Count, byReply, byPush, unanswered, answeredInWindow / seconds,
                Percentiles.Of(e2e), backlogAtEnd, inWindowSeconds.Count == 0 ? backlogAtEnd : Math.Max(backlogAtEnd, inWindowSeconds.Max(s => s.Backlog)),
                Math.Round((drained ? Math.Max(0, Tracker.Ms(lastAnswer - runner.Stopped)) : Tracker.Ms(drainEnd - runner.Stopped)) / 1000, 3),
                drained) { UnansweredWholeRun = unansweredAll },
            cts.IsCancellationRequested,
            new StandInResult(tracker.Replies, tracker.RepliesMatched, tracker.RepliesDuplicate, tracker.RepliesForeign,
                tracker.Pushes, tracker.PushesMatched, tracker.PushesUnmatched, tracker.PushRetryKeyMissing, tracker.PushRetryKeyRepeated,
                tracker.LoadingStarts, tracker.Profiles, tracker.Other, tracker.MissingBearer, tracker.OtherPaths.ToDictionary()),
            new BotResult(bot.Url.ToString(), bot.Pid, Mb(sampler.PeakRss is null && sampler.VmHwm is null ? null : Math.Max(sampler.PeakRss ?? 0, sampler.VmHwm ?? 0)),
                Mb(sampler.PeakRss), Mb(sampler.VmHwm), botCpu,
                bot.IsChild ? bot.LogTail().Lines : null, benchCpu, machineCpu, Environment.ProcessorCount),
            timeline);
    }
}

static void PrintBotLog(BotProcess bot)
{
    var (lines, last) = bot.LogTail();
    if (lines == 0) return;
    Console.Error.WriteLine($"--- bot output: {lines} line(s), last {last.Length} ---");
    foreach (var l in last) Console.Error.WriteLine("  | " + l);
}
