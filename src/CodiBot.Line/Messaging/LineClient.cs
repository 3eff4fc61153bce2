using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CodiBot.Line.Messaging;

/// <summary>
/// The few LINE Messaging API calls CodiBot uses. Retries (5xx, 429, timeouts) of everything but replies happen in the
/// HTTP pipeline set up by <see cref="LineServiceCollectionExtensions.AddLineClient"/>; this class maps answers to
/// results and errors. Whether to reply or push is the outbox's decision, not this class's.
/// </summary>
public sealed partial class LineClient(IHttpClientFactory httpClientFactory, IOptions<LineOptions> options, ILogger<LineClient> logger)
{
    public const string HttpClientName = "CodiBot.Line";

    /// <summary>Marks a request the HTTP pipeline must send only once.</summary>
    public static readonly HttpRequestOptionsKey<bool> NotRetried = new("CodiBot.Line.NotRetried");

    /// <summary>
    /// Free, single-use, about a minute. Never carries a retry key (LINE rejects it on reply). Sent once, never retried
    /// here: after a lost answer a second try finds the token used, and only the caller's record of its attempts can
    /// tell that from an expired token (the outbox decides between reply and push).
    /// </summary>
    public async Task ReplyAsync(string replyToken, IReadOnlyList<LineMessage> messages, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(replyToken);
        LineMessage.ValidateBatch(messages);
        var body = new JsonObject { ["replyToken"] = replyToken, ["messages"] = LineMessage.ToJsonArray(messages) };
        using var response = await SendAsync("reply", HttpMethod.Post, Api, "/v2/bot/message/reply", body, null, ct, once: true);
        await EnsureSuccessAsync(response, "reply", ct);
    }

    /// <summary>Costs quota per recipient. The same <paramref name="retryKey"/> makes a repeat harmless: LINE answers 409.</summary>
    public async Task PushAsync(string to, IReadOnlyList<LineMessage> messages, Guid retryKey, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(to);
        LineMessage.ValidateBatch(messages);
        RequireKey(retryKey);
        var body = new JsonObject { ["to"] = to, ["messages"] = LineMessage.ToJsonArray(messages) };
        await SendIdempotentAsync("push", "/v2/bot/message/push", body, retryKey, ct);
    }

    public async Task MulticastAsync(IReadOnlyList<string> to, IReadOnlyList<LineMessage> messages, Guid retryKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (to.Count is 0 or > LineLimits.MulticastRecipients)
            throw new LineMessageLimitException(nameof(to), $"Multicast goes to 1..{LineLimits.MulticastRecipients} users, not {to.Count}.");
        LineMessage.ValidateBatch(messages);
        RequireKey(retryKey);
        var body = new JsonObject { ["to"] = new JsonArray(to.Select(t => (JsonNode)t).ToArray()), ["messages"] = LineMessage.ToJsonArray(messages) };
        await SendIdempotentAsync("multicast", "/v2/bot/message/multicast", body, retryKey, ct);
    }

    async Task SendIdempotentAsync(string operation, string path, JsonObject body, Guid retryKey, CancellationToken ct)
    {
        using var response = await SendAsync(operation, HttpMethod.Post, Api, path, body, retryKey, ct);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            // An earlier attempt with this key was accepted (e.g. its answer was lost): the message is on its way.
            LineClientLog.AlreadyAccepted(logger, operation, RequestId(response));
            return;
        }
        await EnsureSuccessAsync(response, operation, ct);
    }

    static void RequireKey(Guid retryKey)
    {
        if (retryKey == Guid.Empty) throw new ArgumentException("A retry key must be a fresh, non-empty UUID.", nameof(retryKey));
    }
}
