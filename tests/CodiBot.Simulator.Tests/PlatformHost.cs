using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CodiBot.Simulator.Tests;

/// <summary>A LinePlatform on its own Kestrel at 127.0.0.1:0, with a client that presents the right token.</summary>
public sealed class PlatformHost : IAsyncDisposable
{
    public const string Token = "test-access-token";

    WebApplication _app = null!;
    public LinePlatform Platform { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<PlatformHost> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var host = new PlatformHost { _app = builder.Build(), Platform = new LinePlatform(Token, time) };
        host.Platform.Map(host._app);
        await host._app.StartAsync();
        host.BaseAddress = new Uri(host._app.Urls.First());
        host.Client = host.NewClient();
        return host;
    }

    public HttpClient NewClient(string? token = Token, TimeSpan? timeout = null)
    {
        var c = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? HangGuard.Limit };
        if (token is not null) c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return c;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
