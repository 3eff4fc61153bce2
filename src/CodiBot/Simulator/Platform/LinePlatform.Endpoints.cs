using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodiBot.Simulator;

/// <summary>Routing and the pipeline every call goes through: record, fault injection, auth, spec check, handler.</summary>
public sealed partial class LinePlatform
{
    /// <summary>Maps LINE's API and data-host paths under <paramref name="prefix"/> (both hosts share it here).</summary>
    public void Map(IEndpointRouteBuilder routes, string prefix = "")
    {
        prefix = prefix.TrimEnd('/');
        routes.MapPost(prefix + "/v2/bot/message/reply", ctx => Serve(ctx, Reply));
        routes.MapPost(prefix + "/v2/bot/message/push", ctx => Serve(ctx, Push));
        routes.MapPost(prefix + "/v2/bot/message/multicast", ctx => Serve(ctx, Multicast));
        routes.MapGet(prefix + "/v2/bot/message/quota", ctx => Serve(ctx, Quota));
        routes.MapGet(prefix + "/v2/bot/message/quota/consumption", ctx => Serve(ctx, QuotaConsumption));
        routes.MapGet(prefix + "/v2/bot/message/{messageId}/content", ctx => Serve(ctx, Content));
        routes.MapGet(prefix + "/v2/bot/profile/{userId}", ctx => Serve(ctx, Profile));
        routes.MapGet(prefix + "/v2/bot/group/{groupId}/member/{userId}", ctx => Serve(ctx, GroupMember));
        routes.MapGet(prefix + "/v2/bot/group/{groupId}/summary", ctx => Serve(ctx, GroupSummary));
        routes.MapGet(prefix + "/v2/bot/group/{groupId}/members/count", ctx => Serve(ctx, GroupMemberCount));
        routes.MapPost(prefix + "/v2/bot/chat/loading/start", ctx => Serve(ctx, LoadingStart));
    }

    async Task Serve(HttpContext ctx, Func<LineCall, LineResult> handler)
    {
        var body = await ReadBodyAsync(ctx.Request);
        var record = new RecordedRequest
        {
            Time = _time.GetUtcNow(),
            Method = ctx.Request.Method,
            Path = ctx.Request.Path + ctx.Request.QueryString,
            Headers = ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
            RequestId = Guid.NewGuid().ToString(),
        };
        lock (_gate) _requests.Add(record);
        ctx.Response.Headers["x-line-request-id"] = record.RequestId;

        var (delay, failure) = _faults.Take(record.Path);
        // A fault that delivers lets the call take effect before failing its answer; one that does not, stops it first.
        var handled = delay?.Delivers == true || failure?.Delivers == true ? Handle(ctx, body, record, handler) : null;
        // Real time on purpose: the delay exists to trip the client's real timeout.
        if (delay?.Delay is { } d)
        {
            try { await Task.Delay(d, ctx.RequestAborted); }
            catch (OperationCanceledException) { RequestCompleted?.Invoke(record); return; }
        }

        var result = failure is not null ? Injected(failure) : handled ?? Handle(ctx, body, record, handler);
        record.Status = result.Status;
        await WriteAsync(ctx.Response, result);
        RequestCompleted?.Invoke(record);
    }

    LineResult Handle(HttpContext ctx, string? body, RecordedRequest record, Func<LineCall, LineResult> handler)
    {
        var auth = ctx.Request.Headers.Authorization.ToString();
        if (auth != "Bearer " + AccessToken)
            return LineResult.Error(401, "Authentication failed. Confirm that the access token in the authorization header is valid.");

        JsonNode? json = null;
        if (!string.IsNullOrEmpty(body))
        {
            try { json = JsonNode.Parse(body); }
            catch (JsonException e) { return Rejected(record, LineResult.Error(400, "The request body could not be parsed as JSON", [(e.Message, null)])); }
        }
        var checkErrors = RequestCheck?.Invoke(record.Method, record.Path, body) ?? [];
        if (checkErrors.Count > 0)
        {
            record.ChatId ??= TargetChat(json);
            record.Errors.AddRange(checkErrors);
            return LineResult.Error(400, $"The request body has {checkErrors.Count} error(s)", checkErrors.Select(e => (e, (string?)null)));
        }
        return Rejected(record, handler(new LineCall(ctx, body, json, record)));
    }

    /// <summary>Copies the platform's own 4xx reasons into the record so the simulator can show them.</summary>
    LineResult Rejected(RecordedRequest record, LineResult result)
    {
        if (result.Status is >= 400 and < 500 && result.Json is JsonObject o)
        {
            record.Errors.Add(o["message"]?.GetValue<string>() ?? "error");
            if (o["details"] is JsonArray details)
                record.Errors.AddRange(details.Select(x => $"{x?["property"]}: {x?["message"]}"));
        }
        return result;
    }

    string? TargetChat(JsonNode? json) =>
        json?["to"] is JsonValue to ? to.ToString()
        : json?["replyToken"] is JsonValue t ? _tokens.Peek(t.ToString())
        : json?["chatId"]?.ToString();

    static LineResult Injected(FaultPlan.Fault f)
    {
        var r = LineResult.Error(f.Status, f.Message ?? (f.Status == 429 ? "Too Many Requests" : "Internal Server Error"));
        if (f.RetryAfter is { } ra) r.Headers["Retry-After"] = ((int)Math.Ceiling(ra.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return r;
    }

    static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || HttpMethods.IsGet(request.Method)) return null;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? null : text;
    }

    static async Task WriteAsync(HttpResponse response, LineResult result)
    {
        response.StatusCode = result.Status;
        foreach (var (k, v) in result.Headers) response.Headers[k] = v;
        if (result.Bytes is not null)
        {
            response.ContentType = result.ContentType ?? "application/octet-stream";
            await response.Body.WriteAsync(result.Bytes);
        }
        else if (result.Json is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(result.Json.ToJsonString());
        }
    }
}
