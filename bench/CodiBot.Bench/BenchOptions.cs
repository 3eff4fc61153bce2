using System.Globalization;

namespace CodiBot.Bench;

/// <summary>Command-line options. Every option has a default so a bare run measures the max acknowledgement rate.</summary>
public sealed class BenchOptions
{
    public Uri? BotUrl { get; private set; }
    public string? BotDll { get; private set; }
    public bool Build { get; private set; }
    public int LinePort { get; private set; }
    public string? Secret { get; private set; }
    public int? BotPid { get; private set; }
    public string WebhookPath { get; private set; } = "/line/webhook";
    public double Rate { get; private set; }
    public int Concurrency { get; private set; } = 64;
    public int EventsPerRequest { get; private set; } = 1;
    public double Duration { get; private set; } = 30;
    public double Warmup { get; private set; } = 3;
    public double Drain { get; private set; } = 10;
    public int Users { get; private set; } = 10_000;
    public double LineDelayMs { get; private set; }
    public double TimeoutSeconds { get; private set; } = 10;
    public double HealthTimeout { get; private set; } = 60;
    public string? JsonPath { get; private set; }
    public bool KeepTemp { get; private set; }
    public bool Quiet { get; private set; }
    public bool Sample { get; private set; }
    public List<string> Texts { get; } = [];

    public bool OpenLoop => Rate > 0;

    public const string Usage = """
        CodiBot.Bench — signed-webhook load generator with a stand-in LINE API.

        usage: dotnet run -c Release --project bench/CodiBot.Bench -- [options]

        load
          --rate N                 events/s, open loop (0 = as fast as possible, closed loop)   [0]
          --concurrency N          parallel connections / requests in flight                    [64]
          --events-per-request N   events in each webhook body                                  [1]
          --duration S             measured seconds                                             [30]
          --warmup S               seconds of the same load before measuring (not counted)      [3]
          --drain S                max seconds to wait for answers after sending stops          [10]
          --users N                distinct LINE users (conversations run in parallel)          [10000]
          --text T                 a message text to send (repeatable; picked uniformly)
                                   [ช่วยเหลือ ×3, สวัสดีครับ ×1]
          --timeout S              per-request timeout                                          [10]
        bot
          (default)                start the built bot (src/CodiBot/bin/Release/net10.0/CodiBot.dll)
                                   as a child process with a temp database; builds it when missing
          --build                  run `dotnet build src/CodiBot -c Release` first, even if it exists
          --bot-dll PATH           use this CodiBot.dll instead
          --bot-url URL            target a bot that is already running (start it with
                                   Line__ApiBaseUrl and Line__DataApiBaseUrl = http://127.0.0.1:<line-port>)
          --secret S               channel secret of that bot [env Line__ChannelSecret]
          --bot-pid N              sample that bot's memory from /proc/N (with --bot-url)
          --webhook-path P         [/line/webhook]
          --health-timeout S       wait at most S seconds for GET /healthz to answer 200            [60]
        stand-in LINE API
          --line-port N            fixed port (0 = any free port)                               [0]
          --line-delay MS          delay every stand-in answer by MS milliseconds               [0]
        output
          --json PATH              also write the results as JSON
          --keep-temp              keep the child bot's temp directory (database, photos, log)
          --quiet                  no per-second progress on stderr
          --sample                 print one signed webhook request (as curl) and exit
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            double Num(double min) => double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min
                ? v : throw new ArgumentException($"{a} needs a number ≥ {min}");
            int Int(int min) => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min
                ? v : throw new ArgumentException($"{a} needs an integer ≥ {min}");
            switch (a)
            {
                case "--bot-url":
                    o.BotUrl = Uri.TryCreate(Next(), UriKind.Absolute, out var u) ? u : throw new ArgumentException("--bot-url needs an absolute URL");
                    break;
                case "--bot-dll": o.BotDll = Next(); break;
                case "--build": o.Build = true; break;
                case "--line-port": o.LinePort = Int(0); break;
                case "--secret": o.Secret = Next(); break;
                case "--bot-pid": o.BotPid = Int(1); break;
                case "--webhook-path": o.WebhookPath = Next(); break;
                case "--rate": o.Rate = Num(0); break;
                case "--concurrency": o.Concurrency = Int(1); break;
                case "--events-per-request": o.EventsPerRequest = Int(1); break;
                case "--duration": o.Duration = Num(0.1); break;
                case "--warmup": o.Warmup = Num(0); break;
                case "--drain": o.Drain = Num(0); break;
                case "--users": o.Users = Int(1); break;
                case "--text": o.Texts.Add(Next()); break;
                case "--timeout": o.TimeoutSeconds = Num(0.1); break;
                case "--health-timeout": o.HealthTimeout = Num(1); break;
                case "--line-delay": o.LineDelayMs = Num(0); break;
                case "--json": o.JsonPath = Next(); break;
                case "--keep-temp": o.KeepTemp = true; break;
                case "--quiet": o.Quiet = true; break;
                case "--sample": o.Sample = true; break;
                default: throw new ArgumentException($"unknown option {a}");
            }
        }
        if (o.Texts.Count == 0) o.Texts.AddRange(["ช่วยเหลือ", "ช่วยเหลือ", "ช่วยเหลือ", "สวัสดีครับ"]);
        if (o.BotUrl is not null && !o.Sample)
        {
            o.Secret ??= Environment.GetEnvironmentVariable("Line__ChannelSecret");
            if (string.IsNullOrEmpty(o.Secret))
                throw new ArgumentException("--bot-url needs the bot's channel secret: --secret S or env Line__ChannelSecret");
        }
        else if (o.BotPid is not null) throw new ArgumentException("--bot-pid goes with --bot-url");
        if (!o.WebhookPath.StartsWith('/')) o.WebhookPath = "/" + o.WebhookPath;
        return o;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{(OpenLoop ? $"open loop at {Rate:#,0} events/s" : "closed loop (max rate)")}, {Concurrency} connections, " +
        $"{EventsPerRequest} event(s)/request, {Users:#,0} users, {Duration:0.#} s measured after {Warmup:0.#} s warm-up");
}
