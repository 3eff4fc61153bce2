using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CodiBot.Line.Messaging;

/// <summary>
/// The few LINE Messaging API calls CodiBot uses. Retries (5xx, 429, timeouts) happen in the HTTP pipeline set up by
/// <see cref="LineServiceCollectionExtensions.AddLineClient"/>; this class maps answers to results and errors.
/// </summary>
public sealed partial class LineClient(IHttpClientFactory httpClientFactory, IOptions<LineOptions> options, ILogger<LineClient> logger)
{
    public const string HttpClientName = "CodiBot.Line";

    /// <summary>Free, single-use, about a minute. Never carries a retry key (LINE rejects it on reply).</summary>
    public async Task ReplyAsync(string replyToken, IReadOnlyList<LineMessage> messages, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(replyToken);
        LineMessage.ValidateBatch(messages);
        var body = new JsonObject { ["replyToken"] = replyToken, ["messages"] = LineMessage.ToJsonArray(messages) };
        using var response = await SendAsync("reply", HttpMethod.Post, Api, "/v2/bot/message/reply", body, null, ct);
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

    /// <summary>Replies when a token is given; pushes when there is none or LINE says the token is no longer valid.</summary>
    public async Task<Delivery> ReplyOrPushAsync(string? replyToken, string to, IReadOnlyList<LineMessage> messages, Guid retryKey, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(replyToken))
        {
            try
            {
                await ReplyAsync(replyToken, messages, ct);
                return Delivery.Replied;
            }
            catch (LineApiException ex) when (ex.IsInvalidReplyToken)
            {
                LineClientLog.ReplyTokenInvalid(logger, ex.RequestId);
            }
        }
        await PushAsync(to, messages, retryKey, ct);
        return Delivery.Pushed;
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
