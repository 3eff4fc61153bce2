using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using CodiBot.Simulator;

namespace CodiBot.Bench;

/// <summary>
/// Issue 11 §3: `crash` — the real bot under load is killed with SIGKILL again and again while the stand-in LINE
/// platform (the simulator's, with single-use reply tokens that expire after a minute) fails a share of sends at random:
/// 500 or 429 or a hang past the bot's timeout, each delivering or not. The bot starts with processing paused, so the
/// first part of the load is answered more than a minute late. Every event comes from a user of its own, so the answers
/// a user received are the answers to that one event: none is lost, more than one copy of a message is doubled.
/// </summary>
public static class CrashRun
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/CodiBot.Bench -- crash [options]
          --kills N        SIGKILLs of the bot during the load                       [20]
          --rate N         events/s, each from a user of its own, until the last kill [20]
          --paused S       the bot's first S seconds (across restarts) answer nothing [70]
          --failure F      share of LINE sends that fail (500, 429, hang)             [0.5]
          --hang S         how long a hanging send is held (the bot gives up after 2) [3]
          --drain S        wait at most S s after the load for every answer           [600]
          --seed N         random seed of the failures                               [11]
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        int kills = 20, seed = 11;
        double rate = 20, paused = 70, failure = 0.5, hang = 3, drain = 600;
        for (var i = 0; i < args.Length; i++)
        {
            double Num() => double.Parse(args[++i], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--kills": kills = (int)Num(); break;
                case "--rate": rate = Num(); break;
                case "--paused": paused = Num(); break;
                case "--failure": failure = Num(); break;
                case "--hang": hang = Num(); break;
                case "--drain": drain = Num(); break;
                case "--seed": seed = (int)Num(); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }

        // The stand-in LINE platform on loopback.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        const string token = "crash-bench-token";
        var platform = new LinePlatform(token);
        platform.Map(app);
        await app.StartAsync();
        var lineApi = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        platform.FailRandomly("/v2/bot/message/", failure, TimeSpan.FromSeconds(hang), seed);

        var dll = await BotBuild.FindOrBuildAsync(BenchOptions.Parse([]), CancellationToken.None);
        if (dll is null) return 1;
        var secret = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var temp = Directory.CreateTempSubdirectory("codibot-crash-").FullName;
        var clock = Stopwatch.StartNew();
        BotProcess Start() => BotProcess.StartChild(dll, lineApi, secret, keepTemp: true, temp, new Dictionary<string, string>
        {
            ["Line__ChannelAccessToken"] = token,
            ["Line__Retry__Timeout"] = "00:00:02",
            ["Outbox__RetryBaseDelay"] = "00:00:01",
            ["Inbox__Paused"] = clock.Elapsed.TotalSeconds < paused ? "true" : "false",
        });
        var bot = Start();
        await bot.WaitHealthyAsync(TimeSpan.FromSeconds(120), CancellationToken.None);
        clock.Restart();
        var killed = false;
        var random = new Random(seed);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var webhookUrl = new Uri(bot.Url, "/line/webhook");
        var users = new ConcurrentBag<(string User, DateTimeOffset Sent)>();
        long acked = 0, resent = 0;

        // Load: each event is sent until the bot answers 200, as LINE redelivers (the same body, the same event id).
        var load = Task.Run(async () =>
        {
            var sender = new WebhookSender(platform, webhookUrl, secret, http);
            var tasks = new List<Task>();
            for (var i = 0; !Volatile.Read(ref killed); i++)
            {
                var due = TimeSpan.FromSeconds(i / rate);
                if (clock.Elapsed < due) await Task.Delay(due - clock.Elapsed);
                var user = LineIds.Random('U');
                var body = sender.Payload(sender.Text(user, "ช่วยเหลือ"));
                users.Add((user, DateTimeOffset.UtcNow));
                tasks.Add(Task.Run(async () =>
                {
                    while (true)
                    {
                        try
                        {
                            using var r = await new WebhookSender(platform, new Uri(Volatile.Read(ref webhookUrl), "/line/webhook"), secret, http).SendRawAsync(body);
                            if (r.StatusCode == HttpStatusCode.OK) { Interlocked.Increment(ref acked); return; }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                        Interlocked.Increment(ref resent);
                        await Task.Delay(200);
                    }
                }));
            }
            await Task.WhenAll(tasks);
        });

        // Kills: 2 to 8 s after each restart, under the load, each followed by a restart on the same database.
        for (var k = 1; k <= kills; k++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2 + 6 * random.NextDouble()));
            bot.KillHard();
            bot = Start();
            Volatile.Write(ref webhookUrl, bot.Url);
            await bot.WaitHealthyAsync(TimeSpan.FromSeconds(120), CancellationToken.None);
            Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  kill {k}/{kills}: restarted (paused: {clock.Elapsed.TotalSeconds < paused}); acknowledged {Interlocked.Read(ref acked)}");
        }
        Volatile.Write(ref killed, true);
        await load;
        // A last start without the pause, in case the load ended while it was still on.
        if (clock.Elapsed.TotalSeconds < paused + 1)
        {
            await Task.Delay(TimeSpan.FromSeconds(paused + 1) - clock.Elapsed);
            bot.KillHard();
            bot = Start();
            await bot.WaitHealthyAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
        }

        var all = users.ToList();
        var deadline = clock.Elapsed + TimeSpan.FromSeconds(drain);
        while (clock.Elapsed < deadline && all.Any(u => platform.Delivered(u.User).Count == 0))
            await Task.Delay(1000);
        // Hangs and retries still under way could yet deliver a second copy: stop failing and let the outbox settle.
        platform.FailRandomly("/v2/bot/message/", 0, TimeSpan.Zero, seed);
        await Task.Delay(TimeSpan.FromSeconds(20));
        bot.KillHard();
        bot.Dispose();

        var answers = all.Select(u => (u.User, u.Sent, Got: platform.Delivered(u.User))).ToList();
        var full = answers.Max(a => a.Got.Select(m => m.Message.ToJsonString()).Distinct().Count());
        var lost = answers.Count(a => a.Got.Count == 0);
        var partial = answers.Count(a => a.Got.Count > 0 && a.Got.Select(m => m.Message.ToJsonString()).Distinct().Count() < full);
        var doubled = answers.Count(a => a.Got.Count != a.Got.Select(m => m.Message.ToJsonString()).Distinct().Count());
        var byReply = answers.Count(a => a.Got.Count > 0 && a.Got.All(m => m.How == "reply"));
        var byPush = answers.Count(a => a.Got.Count > 0 && a.Got.All(m => m.How == "push"));
        var late = answers.Count(a => a.Got.Count > 0 && a.Got[0].At - a.Sent > TimeSpan.FromMinutes(1));
        var sends = platform.Requests.Where(r => r.Path.Contains("/v2/bot/message/", StringComparison.Ordinal)).ToList();
        try { Directory.Delete(temp, recursive: true); } catch (IOException) { }

        Console.WriteLine($"""
            CodiBot crash run — {kills} × SIGKILL, {all.Count:N0} events at {rate:0.#}/s, first {paused:0} s unanswered, LINE failing {failure:P0} (500/429/{hang:0.#} s hang, half of them delivering)
              events acknowledged              {Interlocked.Read(ref acked):N0}  (webhook re-sends while the bot was down: {Interlocked.Read(ref resent):N0})
              answered by reply / by push      {byReply:N0} / {byPush:N0}
              first answer > 1 min after send  {late:N0}
              LINE send requests               {sends.Count:N0}  (replies {sends.Count(r => r.Path.EndsWith("/reply"))}, pushes {sends.Count(r => r.Path.EndsWith("/push"))}, 409 {sends.Count(r => r.Status == 409)})
              lost (no answer)                 {lost:N0}
              partial answer                   {partial:N0}
              doubled (a message twice)        {doubled:N0}
            """);
        return lost + doubled + partial == 0 ? 0 : 3;
    }
}
