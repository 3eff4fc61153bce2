using CodiBot.Line.Messaging;
using CodiBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CodiBot.Line.Tests;

/// <summary>A real <see cref="LineClient"/> from <see cref="LineServiceCollectionExtensions.AddLineClient"/>, pointed at a fresh stand-in.</summary>
sealed class LineClientHarness : IAsyncDisposable
{
    public const string Token = "test-access-token";

    public required StandInLineApi Api { get; init; }
    public required ServiceProvider Services { get; init; }
    public LineClient Client => Services.GetRequiredService<LineClient>();

    /// <param name="timeout">Of each attempt. Only a test about timeouts shortens it: a short one on a busy machine would
    /// time out an attempt the stand-in already answered, and the retry would meet the next scripted answer.</param>
    public static async Task<LineClientHarness> StartAsync(int maxAttempts = 3, TimeSpan? timeout = null)
    {
        var api = await StandInLineApi.StartAsync();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Line:ChannelSecret"] = "secret",
            ["Line:ChannelAccessToken"] = Token,
            // Deliberately wrong: the test repoints the options after start, as the simulator does.
            ["Line:ApiBaseUrl"] = "http://127.0.0.1:9/",
            ["Line:DataApiBaseUrl"] = "http://127.0.0.1:9/",
            ["Line:Retry:MaxAttempts"] = maxAttempts.ToString(),
            ["Line:Retry:BaseDelay"] = "00:00:00.010",
            ["Line:Retry:Timeout"] = (timeout ?? HangGuard.Limit).ToString("c"),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddLineClient(config).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<LineOptions>>().Value;
        options.ApiBaseUrl = new Uri(api.BaseUrl, "api/");
        options.DataApiBaseUrl = new Uri(api.BaseUrl, "data/");
        return new LineClientHarness { Api = api, Services = services };
    }

    /// <summary>Every request the client made is a valid LINE request per messaging-api.yml.</summary>
    public void AssertAllRequestsMatchSpec()
    {
        Assert.NotEmpty(Api.Requests);
        foreach (var r in Api.Requests)
        {
            var errors = LineSpec.MessagingApi.ValidateRequest(r.Method, r.Path, r.Body.Length == 0 ? null : r.Body);
            Assert.True(errors.Count == 0, $"{r.Method} {r.Path}: {string.Join("; ", errors)}");
            Assert.Equal("Bearer " + Token, r.Headers["Authorization"]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
