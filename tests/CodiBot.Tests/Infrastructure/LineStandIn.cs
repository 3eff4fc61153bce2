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
    public Uri BaseUri { get; private set; } = null!;
    readonly List<string> _specErrors = [];

    LineStandIn(WebApplication app, LinePlatform platform)
    {
        _app = app;
        Platform = platform;
    }

    IReadOnlyList<string> Check(string method, string path, string? body)
    {
        var errors = LineSpec.MessagingApi.ValidateRequest(method, path, body);
        lock (_specErrors) _specErrors.AddRange(errors.Select(e => $"{method} {path}: {e}"));
        return errors;
    }

    public static async Task<LineStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var platform = new LinePlatform(AccessToken);
        var standIn = new LineStandIn(app, platform);
        platform.RequestCheck = standIn.Check;
        platform.Map(app);
        await app.StartAsync();
        standIn.BaseUri = new Uri(app.Urls.First());
        return standIn;
    }

    /// <summary>Spec errors in anything the bot sent; tests assert this stays empty.</summary>
    public IReadOnlyList<string> SpecErrors() { lock (_specErrors) return [.. _specErrors]; }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
