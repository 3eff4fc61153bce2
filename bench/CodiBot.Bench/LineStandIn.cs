using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CodiBot.Bench;

/// <summary>
/// A minimal stand-in for both LINE API hosts (api.line.me and api-data.line.me) on 127.0.0.1.
/// It answers like LINE does and notes when each answer arrives: a reply by its reply token,
/// a push by its recipient. Everything else gets 200 {}.
/// </summary>
public sealed class LineStandIn : IAsyncDisposable
{
    const int MaxDistinctOtherPaths = 64;

    readonly WebApplication _app;
    readonly Tracker _tracker;
    readonly WebhookBodies _ids;
    readonly TimeSpan _delay;
    readonly ConcurrentDictionary<string, byte> _retryKeys = new();
    long _requestIds;

    public Uri BaseUrl { get; private set; } = null!;

    LineStandIn(WebApplication app, Tracker tracker, WebhookBodies ids, TimeSpan delay)
    {
        _app = app;
        _tracker = tracker;
        _ids = ids;
        _delay = delay;
    }

    public static async Task<LineStandIn> StartAsync(int port, Tracker tracker, WebhookBodies ids, TimeSpan delay)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        var standIn = new LineStandIn(app, tracker, ids, delay);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return standIn;
    }

    async Task HandleAsync(HttpContext ctx)
    {
        var arrived = Stopwatch.GetTimestamp();
        var req = ctx.Request;
        var res = ctx.Response;
        var path = req.Path.Value ?? "";
        if (!req.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
            Interlocked.Increment(ref _tracker.MissingBearer);
        res.Headers["x-line-request-id"] = Interlocked.Increment(ref _requestIds).ToString("x16");
        res.ContentType = "application/json";
        if (_delay > TimeSpan.Zero) await Task.Delay(_delay);

        if (HttpMethods.IsPost(req.Method) && path == "/v2/bot/message/reply")
        {
            var token = await ReadTopLevelStringAsync(req.BodyReader, "replyToken"u8.ToArray());
            if (token is null) { await WriteAsync(res, 400, """{"message":"The request body has 1 error(s)","details":[{"message":"must be specified","property":"replyToken"}]}"""u8.ToArray()); return; }
            var evt = _ids.EventOfReplyToken(token);
            // LINE refuses a reply token that was used already.
            if (!_tracker.RecordReply(evt, evt < 0 ? -1 : _ids.UserOf(evt), arrived))
                await WriteAsync(res, 400, """{"message":"Invalid reply token"}"""u8.ToArray());
            else
                await WriteAsync(res, 200, "{}"u8.ToArray());
            return;
        }

        if (HttpMethods.IsPost(req.Method) && path == "/v2/bot/message/push")
        {
            var to = await ReadTopLevelStringAsync(req.BodyReader, "to"u8.ToArray());
            if (to is null) { await WriteAsync(res, 400, """{"message":"The request body has 1 error(s)","details":[{"message":"must be specified","property":"to"}]}"""u8.ToArray()); return; }
            var retryKey = req.Headers["X-Line-Retry-Key"].ToString();
            if (retryKey.Length == 0) Interlocked.Increment(ref _tracker.PushRetryKeyMissing);
            else if (!_retryKeys.TryAdd(retryKey, 0))
            {
                // LINE: a retry key seen in the last 24 h is answered 409 and not sent again.
                Interlocked.Increment(ref _tracker.PushRetryKeyRepeated);
                res.Headers["x-line-accepted-request-id"] = "0000000000000000";
                await WriteAsync(res, 409, """{"message":"The retry key is already accepted"}"""u8.ToArray());
                return;
            }
            _tracker.RecordPush(_ids.UserOfId(to), arrived);
            await WriteAsync(res, 200, "{}"u8.ToArray());
            return;
        }

        if (HttpMethods.IsPost(req.Method) && path == "/v2/bot/chat/loading/start")
        {
            Interlocked.Increment(ref _tracker.LoadingStarts);
            await WriteAsync(res, 202, "{}"u8.ToArray());
            return;
        }

        if (HttpMethods.IsGet(req.Method) && (path.StartsWith("/v2/bot/profile/", StringComparison.Ordinal)
            || (path.StartsWith("/v2/bot/group/", StringComparison.Ordinal) && path.Contains("/member/", StringComparison.Ordinal))))
        {
            Interlocked.Increment(ref _tracker.Profiles);
            await WriteAsync(res, 200, Profile(path[(path.LastIndexOf('/') + 1)..]));
            return;
        }

        Interlocked.Increment(ref _tracker.Other);
        var key = req.Method + " " + path;
        if (_tracker.OtherPaths.Count < MaxDistinctOtherPaths || _tracker.OtherPaths.ContainsKey(key))
            _tracker.OtherPaths.AddOrUpdate(key, 1, (_, n) => n + 1);
        else
            _tracker.OtherPaths.AddOrUpdate("(other paths)", 1, (_, n) => n + 1);
        await WriteAsync(res, 200, "{}"u8.ToArray());
    }

    static byte[] Profile(string userId)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("userId", Uri.UnescapeDataString(userId));
            w.WriteString("displayName", "ผู้ทดสอบ");
            w.WriteString("language", "th");
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    static async Task WriteAsync(HttpResponse res, int status, byte[] body)
    {
        res.StatusCode = status;
        res.ContentLength = body.Length;
        await res.Body.WriteAsync(body);
    }

    /// <summary>Reads the whole body and returns the string value of a top-level property, or null.</summary>
    static async Task<string?> ReadTopLevelStringAsync(PipeReader reader, byte[] name)
    {
        while (true)
        {
            var read = await reader.ReadAsync();
            if (!read.IsCompleted) { reader.AdvanceTo(read.Buffer.Start, read.Buffer.End); continue; }
            try { return Find(read.Buffer, name); }
            catch (JsonException) { return null; }
            finally { reader.AdvanceTo(read.Buffer.End); }
        }

        static string? Find(ReadOnlySequence<byte> body, byte[] name)
        {
            var json = new Utf8JsonReader(body);
            while (json.Read())
            {
                if (json.TokenType == JsonTokenType.PropertyName && json.CurrentDepth == 1 && json.ValueTextEquals(name))
                    return json.Read() && json.TokenType == JsonTokenType.String ? json.GetString() : null;
                if (json.CurrentDepth >= 1 && json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) json.Skip();
            }
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
