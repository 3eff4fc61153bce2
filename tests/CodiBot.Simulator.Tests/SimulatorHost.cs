using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CodiBot.Line;
using CodiBot.Line.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CodiBot.Simulator.Tests;

/// <summary>
/// A minimal app wired like the real one (AddSimulator first, then LineOptions bound, then MapSimulator) on
/// 127.0.0.1:0, with a tiny fake bot at /line/webhook that records what arrives and echoes text via LINE's reply API.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public sealed record Received(JsonObject Payload, bool SignatureValid);

    WebApplication _app = null!;
    readonly HttpClient _botHttp = new();
    public bool Enabled { get; private set; }
    public ConcurrentQueue<Received> Webhooks { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => _app.Services;

    public static async Task<SimulatorHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var host = new SimulatorHost();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["urls"] = "http://127.0.0.1:0";
        // As in Development (appsettings.Development.json); any Line:* setting, even blank, would mean a real channel.
        builder.Configuration[SimulatorGate.EnabledKey] = "true";
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        host.Enabled = builder.AddSimulator();
        builder.Services.Configure<LineOptions>(builder.Configuration.GetSection(LineOptions.Section));
        host._app = builder.Build();
        host._app.MapPost("/line/webhook", host.FakeBot);
        host._app.MapSimulator();
        await host._app.StartAsync();
        host.Client = new HttpClient { BaseAddress = new Uri(host._app.Urls.First()) };
        return host;
    }

    async Task<IResult> FakeBot(HttpContext ctx, IOptions<LineOptions> options)
    {
        using var buffer = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var line = options.Value;
        var valid = WebhookSignature.IsValid(body, ctx.Request.Headers[WebhookSignature.Header], line.ChannelSecret!);
        var payload = JsonNode.Parse(body)!.AsObject();
        Webhooks.Enqueue(new(payload, valid));
        if (!valid) return Results.Unauthorized();
        foreach (var e in payload["events"]!.AsArray())
            if (e!["replyToken"] is { } token && e["message"]?["type"]?.ToString() == "text")
                await Reply(line, token.ToString(), "ได้รับ: " + e["message"]!["text"]);
        return Results.Ok();
    }

    async Task Reply(LineOptions line, string token, string text)
    {
        var body = new JsonObject
        {
            ["replyToken"] = token,
            ["messages"] = new JsonArray(new JsonObject
            {
                ["type"] = "text", ["text"] = text,
                ["quickReply"] = new JsonObject { ["items"] = new JsonArray(new JsonObject
                {
                    ["type"] = "action", ["action"] = new JsonObject { ["type"] = "message", ["label"] = "ใช่", ["text"] = "ใช่" },
                }) },
            }),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(line.ApiBaseUrl, "v2/bot/message/reply"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", line.ChannelAccessToken);
        (await _botHttp.SendAsync(request)).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        _botHttp.Dispose();
        await _app.DisposeAsync();
    }
}
