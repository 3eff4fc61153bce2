using System.Net;
using CodiBot.Hosting;

namespace CodiBot.Tests.Hosting;

/// <summary>
/// The real host under every way LINE can be half-configured: it talks to a complete channel, or runs the simulator
/// when no LINE setting exists and it is allowed, or refuses to start saying what to set. Never the simulator by accident.
/// </summary>
public sealed class LineChannelTests
{
    const string Secret = "Line:ChannelSecret", Token = "Line:ChannelAccessToken", Allowed = "Simulator:Enabled";

    public static TheoryData<string, string[], string> HalfSet => new()
    {
        { "secret only", [Secret, "real-secret"], "Line:ChannelAccessToken is missing" },
        { "token only", [Token, "real-token"], "Line:ChannelSecret is missing" },
        { "whitespace secret", [Secret, "  ", Token, "real-token"], "Line:ChannelSecret is blank" },
        { "whitespace token", [Secret, "real-secret", Token, "\t"], "Line:ChannelAccessToken is blank" },
        // What an unset variable in a compose file becomes.
        { "both blank", [Secret, "", Token, ""], "Line:ChannelSecret is blank" },
        { "only the API address", ["Line:ApiBaseUrl", "https://api.line.me"], "Line:ChannelSecret is missing" },
        { "secret only, simulator asked for", [Secret, "real-secret", Allowed, "true"], "Line:ChannelAccessToken is missing" },
        { "blanks, simulator asked for", [Secret, "", Token, "", Allowed, "true"], "Line:ChannelSecret is blank" },
        { "nothing, simulator not allowed", [], "No LINE channel is configured" },
        { "nothing, simulator off", [Allowed, "false"], "No LINE channel is configured" },
    };

    [Theory]
    [MemberData(nameof(HalfSet))]
    public async Task Half_set_credentials_stop_start_up_with_what_to_set(string why, string[] settings, string message)
    {
        var (ex, app) = await TryStartAsync(settings);
        if (app is not null)
        {
            var served = await SimulatorStatusAsync(app);
            await app.DisposeAsync();
            Assert.Fail($"{why}: started (simulator: {served})");
        }
        Assert.Contains(message, ex!.Message);
        Assert.Contains("Line__ChannelSecret", ex.Message); // how to set it, as an operator types it
    }

    [Fact]
    public async Task A_complete_channel_never_serves_the_simulator_even_when_asked_for()
    {
        var (ex, app) = await TryStartAsync([Secret, "real-secret", Token, "real-token", Allowed, "true"]);
        Assert.Null(ex);
        await using (app)
        {
            Assert.Equal(HttpStatusCode.NotFound, await SimulatorStatusAsync(app));
            using var http = new HttpClient { BaseAddress = new Uri(app!.Urls.First()) };
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/simulator/api/state")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/simulator/line/v2/bot/message/push", null)).StatusCode);
        }
    }

    [Fact]
    public async Task With_no_LINE_setting_at_all_the_simulator_runs_only_when_allowed()
    {
        var (ex, app) = await TryStartAsync([Allowed, "true"]);
        Assert.Null(ex);
        await using (app) Assert.Equal(HttpStatusCode.OK, await SimulatorStatusAsync(app));
    }

    static async Task<HttpStatusCode> SimulatorStatusAsync(WebApplication? app)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app!.Urls.First()) };
        return (await http.GetAsync("/simulator")).StatusCode;
    }

    /// <summary>Builds and starts the real host with only these settings (pairs of key and value) besides a database of its own.</summary>
    static async Task<(Exception? Error, WebApplication? App)> TryStartAsync(string[] pairs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "codibot-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CodiBot"] = $"Data Source={Path.Combine(folder, "codibot.db")}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < pairs.Length; i += 2) settings[pairs[i]] = pairs[i + 1];
        try
        {
            var app = CodiBotHost.Build(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(settings));
            await app.StartAsync();
            return (null, app);
        }
        catch (InvalidOperationException ex) { return (ex, null); }
    }
}
