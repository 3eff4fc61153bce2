using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodiBot.Line.Tests;

/// <summary>A scripted stand-in for LINE on real Kestrel (127.0.0.1, any port): canned answers queued per path, every request recorded.</summary>
sealed class StandInLineApi : IAsyncDisposable
{
    public sealed record Recorded(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

    public sealed record Answer(int Status, string Body = "{}", string ContentType = "application/json",
        IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default, byte[]? Bytes = null, bool OmitLength = false);

    readonly WebApplication _app;
    readonly ConcurrentDictionary<string, ConcurrentQueue<Answer>> _script = new();
    readonly ConcurrentQueue<Recorded> _requests = new();

    StandInLineApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;
    public IReadOnlyList<Recorded> Requests => _requests.ToArray();

    public static async Task<StandInLineApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new StandInLineApi(app);
        app.Run(api.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseUrl = new Uri(address);
        return api;
    }

    /// <summary>Queues answers for a path (exact, without query); when the queue is empty the path answers 200 "{}".</summary>
    public void Script(string path, params Answer[] answers)
    {
        var q = _script.GetOrAdd(path, _ => new());
        foreach (var a in answers) q.Enqueue(a);
    }

    async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new(context.Request.Method, context.Request.Path.Value ?? "", headers, body));

        var answer = _script.TryGetValue(context.Request.Path.Value ?? "", out var q) && q.TryDequeue(out var a) ? a : new Answer(200);
        if (answer.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(answer.Delay, context.RequestAborted); } catch (OperationCanceledException) { return; }
        }
        context.Response.StatusCode = answer.Status;
        context.Response.Headers["x-line-request-id"] = $"req-{_requests.Count}";
        foreach (var (k, v) in answer.Headers ?? new Dictionary<string, string>()) context.Response.Headers[k] = v;
        context.Response.ContentType = answer.ContentType;
        var bytes = answer.Bytes ?? System.Text.Encoding.UTF8.GetBytes(answer.Body);
        if (!answer.OmitLength) context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
