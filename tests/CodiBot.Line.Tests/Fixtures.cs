using System.Text.Json.Nodes;
using CodiBot.Line.Messaging;

namespace CodiBot.Line.Tests;

static class Fixtures
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Dir, name));

    public static JsonObject Bubble(string text, int padding = 0) => new()
    {
        ["type"] = "bubble",
        ["body"] = new JsonObject
        {
            ["type"] = "box",
            ["layout"] = "vertical",
            ["contents"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text + new string('x', padding), ["wrap"] = true }),
        },
    };

    public static JsonObject Carousel(int bubbles, int padding = 0) => new()
    {
        ["type"] = "carousel",
        ["contents"] = new JsonArray(Enumerable.Range(1, bubbles).Select(i => (JsonNode)Bubble($"หน้า {i}", padding)).ToArray()),
    };

    /// <summary>The wire shape of a quick reply item, to build deliberately over-long lists the builder would refuse.</summary>
    public static JsonObject ToJsonForTest(this QuickReplyItem item) =>
        (JsonObject)LineMessage.Text("x", new QuickReply(item)).ToJson()["quickReply"]!["items"]![0]!.DeepClone();
}
