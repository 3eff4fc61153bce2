using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodiBot.Line.Webhook;

namespace CodiBot.Simulator;

/// <summary>
/// Sends LINE-shaped, signed webhooks to a bot, as the LINE platform would. Event factories live in
/// WebhookSender.Events.cs; reply tokens and user content go through the <see cref="LinePlatform"/>.
/// </summary>
public sealed partial class WebhookSender(LinePlatform platform, Uri webhookUri, string channelSecret, HttpClient http)
{
    // LINE sends Thai as raw UTF-8, not \u escapes; the signature must cover those exact bytes.
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public LinePlatform Platform => platform;
    public Uri WebhookUri => webhookUri;

    /// <summary>"active" (default) or "standby"; standby events carry no reply token.</summary>
    public string Mode { get; set; } = "active";

    /// <summary>Wraps the events in {"destination", "events"} and posts them signed.</summary>
    public Task<HttpResponseMessage> SendAsync(params JsonObject[] events) => SendRawAsync(Payload(events));

    public byte[] Payload(params JsonObject[] events)
    {
        var body = new JsonObject
        {
            ["destination"] = platform.BotUserId,
            ["events"] = new JsonArray([.. events.Select(e => (JsonNode)e.DeepClone())]),
        };
        return Encoding.UTF8.GetBytes(body.ToJsonString(Json));
    }

    /// <summary>Posts raw bytes; a null signature means "sign correctly", anything else is sent as given.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(byte[] body, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, signature ?? WebhookSignature.Compute(body, channelSecret));
        request.Headers.UserAgent.ParseAdd("LineBotWebhook/2.0");
        return await http.SendAsync(request);
    }

    /// <summary>The same event as LINE redelivers it: same id and reply token, isRedelivery true.</summary>
    public static JsonObject Redelivery(JsonObject e)
    {
        var copy = e.DeepClone().AsObject();
        copy["deliveryContext"] = new JsonObject { ["isRedelivery"] = true };
        return copy;
    }
}
