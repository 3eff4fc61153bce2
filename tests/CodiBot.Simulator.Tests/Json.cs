using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CodiBot.Simulator.Tests;

static class Json
{
    public static StringContent Body(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    public static JsonObject TextMessage(string text) => new() { ["type"] = "text", ["text"] = text };

    public static JsonArray Texts(params string[] texts) => new([.. texts.Select(t => (JsonNode)TextMessage(t))]);

    public static async Task<JsonObject> ReadObject(this HttpResponseMessage r) =>
        (await r.Content.ReadFromJsonAsync<JsonObject>())!;

    public static Task<HttpResponseMessage> Reply(this HttpClient c, string token, params string[] texts) =>
        c.PostAsync("/v2/bot/message/reply", Body(new JsonObject { ["replyToken"] = token, ["messages"] = Texts(texts) }));

    public static Task<HttpResponseMessage> Push(this HttpClient c, string to, string? retryKey = null, params string[] texts)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "/v2/bot/message/push")
        {
            Content = Body(new JsonObject { ["to"] = to, ["messages"] = Texts(texts.Length == 0 ? ["hi"] : texts) }),
        };
        if (retryKey is not null) req.Headers.Add("X-Line-Retry-Key", retryKey);
        return c.SendAsync(req);
    }

    public static IEnumerable<string> Keys(JsonNode? node) => node!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
}
