using CodiBot.Hosting;
using CodiBot.Simulator;
using Microsoft.Data.Sqlite;
using CodiBot.Testing;

namespace CodiBot.Tests.Infrastructure;

/// <summary>
/// The real bot on Kestrel at 127.0.0.1 with a real SQLite file, talking to a <see cref="LineStandIn"/>.
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    public const string ChannelSecret = "test-channel-secret";

    readonly WebApplication _app;
    readonly bool _ownsLine;

    public LineStandIn Line { get; }
    public LinePlatform Platform => Line.Platform;
    public WebhookSender Webhooks { get; }
    public HttpClient Http { get; }
    public Uri BaseUri { get; }
    public string DatabasePath { get; }
    public IServiceProvider Services => _app.Services;

    TestBot(WebApplication app, LineStandIn line, bool ownsLine, string dbPath)
    {
        _app = app;
        Line = line;
        _ownsLine = ownsLine;
        DatabasePath = dbPath;
        BaseUri = new Uri(app.Urls.First());
        Http = new HttpClient { BaseAddress = BaseUri };
        Webhooks = new WebhookSender(line.Platform, new Uri(BaseUri, "/line/webhook"), ChannelSecret, Http);
    }

    /// <param name="databasePath">Reuse a database file (restart tests); a new temporary one by default.</param>
    /// <param name="line">Reuse a stand-in LINE platform (restart tests); a new one by default.</param>
    public static async Task<TestBot> StartAsync(
        string? databasePath = null, LineStandIn? line = null,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var ownsLine = line is null;
        line ??= await LineStandIn.StartAsync();
        databasePath ??= Path.Combine(Path.GetTempPath(), "codibot-tests", Guid.NewGuid().ToString("N") + ".db");
        var config = new Dictionary<string, string?>
        {
            ["Line:ChannelSecret"] = ChannelSecret,
            ["Line:ChannelAccessToken"] = LineStandIn.AccessToken,
            ["Line:ApiBaseUrl"] = line.BaseUri.ToString(),
            ["Line:DataApiBaseUrl"] = line.BaseUri.ToString(),
            ["Line:Retry:BaseDelay"] = "00:00:00.020",
            // A short timeout on a busy machine would retry calls LINE had already taken: only a test about timeouts sets one.
            ["Line:Retry:Timeout"] = HangGuard.Limit.ToString("c"),
            ["ConnectionStrings:CodiBot"] = $"Data Source={databasePath}",
            ["Inbox:RetryBaseDelay"] = "00:00:00.050",
            ["Outbox:RetryBaseDelay"] = "00:00:00.050",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;

        var app = CodiBotHost.Build(["--urls", "http://127.0.0.1:0"],
            b => b.Configuration.AddInMemoryCollection(config), services);
        await app.StartAsync();
        return new TestBot(app, line, ownsLine, databasePath);
    }

    /// <summary>Runs a query straight against the bot's SQLite file, as an operator would.</summary>
    public Task<long> ScalarAsync(string sql) => ScalarAsync($"Data Source={DatabasePath}", sql);

    /// <summary>Runs a query against the landing file.</summary>
    public Task<long> LandingScalarAsync(string sql) => ScalarAsync($"Data Source={LandingPath};Pooling=False", sql);

    static async Task<long> ScalarAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    /// <summary>The file the webhook commits events to before its 200.</summary>
    public string LandingPath => CodiBot.Inbox.InboxLanding.PathBeside(DatabasePath);

    /// <summary>Whether the event is stored: in the landing file or already moved into <c>inbox_events</c> (0 or 1).</summary>
    public Task<long> StoredAsync(string webhookEventId) => ScalarAsync($"Data Source={DatabasePath};Pooling=False", $"""
        ATTACH DATABASE $landing AS landing;
        SELECT COUNT(*) FROM (SELECT WebhookEventId FROM inbox_events WHERE WebhookEventId = $id
                              UNION SELECT WebhookEventId FROM landing.{CodiBot.Inbox.InboxLanding.Table} WHERE WebhookEventId = $id);
        """, ("$landing", LandingPath), ("$id", webhookEventId));

    /// <summary>Disposes the bot, then fails if any request it sent to LINE broke LINE's spec.</summary>
    public async Task DisposeCheckingSpecAsync()
    {
        var errors = Line.SpecErrors();
        await DisposeAsync();
        Assert.Empty(errors);
    }

    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Http.Dispose();
        if (_ownsLine) await Line.DisposeAsync();
    }
}
