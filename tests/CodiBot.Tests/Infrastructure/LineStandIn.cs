using CodiBot.Simulator;
using CodiBot.Testing;

namespace CodiBot.Tests.Infrastructure;

/// <summary>
/// The stand-in LINE platform on its own Kestrel port. Every request the bot makes is checked against
/// LINE's official OpenAPI spec; a failing check is answered 400 like LINE would, and recorded.
/// </summary>
public sealed class LineStandIn : IAsyncDisposable
{
    public const string AccessToken = "test-access-token";
    readonly WebApplication _app;

    public LinePlatform Platform { get; }
    public Uri BaseUri { get; }

    LineStandIn(WebApplication app, LinePlatform platform, Uri baseUri)
    {
        _app = app;
        Platform = platform;
        BaseUri = baseUri;
    }

    public static async Task<LineStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var platform = new LinePlatform(AccessToken) { RequestCheck = LineSpec.MessagingApi.ValidateRequest };
        platform.Map(app);
        await app.StartAsync();
        return new LineStandIn(app, platform, new Uri(app.Urls.First()));
    }

    /// <summary>Spec errors in anything the bot sent; tests assert this stays empty.</summary>
    public IReadOnlyList<string> SpecErrors() =>
        Platform.Requests.SelectMany(r => r.Errors.Select(e => $"{r.Method} {r.Path}: {e}"))
            .Where(e => !e.Contains("Invalid reply token") && !e.Contains("Injected")).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
