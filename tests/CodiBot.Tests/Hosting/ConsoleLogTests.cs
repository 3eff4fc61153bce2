using System.Collections.Concurrent;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Hosting;

/// <summary>At Information the console carries what an operator needs, not a line per LINE call.</summary>
public sealed class ConsoleLogTests
{
    [Fact]
    public async Task A_short_session_on_an_empty_database_logs_no_resilience_or_empty_digest_lines()
    {
        var log = new LogRecorder();
        await using var bot = await TestBot.StartAsync(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" },
            services: s => s.AddSingleton<ILoggerProvider>(log));
        var leader = new Chatter(bot);

        await leader.RegisterAsync();
        await leader.SayAsync("ช่วยเหลือ");

        Assert.NotEmpty(log.Lines); // the recorder sees the bot's Information lines ...
        Assert.DoesNotContain(log.Lines, l => l.Category.StartsWith("Polly", StringComparison.Ordinal)
            || l.Category.Contains("Resilience", StringComparison.Ordinal));
        // ... and start-up had no digest to send: yesterday's was recorded for 0 groups without a word.
        Assert.DoesNotContain(log.Lines, l => l.Message.StartsWith("Digest of", StringComparison.Ordinal));
    }

    sealed record Line(string Category, LogLevel Level, string Message);

    sealed class LogRecorder : ILoggerProvider
    {
        readonly ConcurrentQueue<Line> _lines = new();
        public IReadOnlyList<Line> Lines => [.. _lines];
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);
        public void Dispose() { }

        sealed class Logger(string category, ConcurrentQueue<Line> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(new(category, logLevel, formatter(state, exception)));
        }
    }
}
