using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodiBot.Line.Messaging;

/// <summary>Size and shape limits of Flex containers, measured on the UTF-8 JSON LINE will receive.</summary>
static class FlexLimits
{
    public static void Check(JsonObject contents)
    {
        switch (TypeOf(contents))
        {
            case "bubble":
                CheckSize(contents, LineLimits.BubbleBytes, "Flex bubble");
                break;
            case "carousel":
                if (contents["contents"] is not JsonArray bubbles || bubbles.Count == 0)
                    throw new LineMessageLimitException(nameof(contents), "A Flex carousel needs a non-empty 'contents' array of bubbles.");
                if (bubbles.Count > LineLimits.CarouselBubbles)
                    throw new LineMessageLimitException(nameof(contents), $"A Flex carousel has {bubbles.Count} bubbles; LINE allows at most {LineLimits.CarouselBubbles}.");
                foreach (var b in bubbles)
                {
                    if (b is not JsonObject bubble || TypeOf(bubble) != "bubble")
                        throw new LineMessageLimitException(nameof(contents), "Every item of a Flex carousel must be a bubble.");
                    CheckSize(bubble, LineLimits.BubbleBytes, "Flex bubble");
                }
                CheckSize(contents, LineLimits.CarouselBytes, "Flex carousel");
                break;
            default:
                throw new LineMessageLimitException(nameof(contents), "Flex contents must be a container of type 'bubble' or 'carousel'.");
        }
    }

    static string? TypeOf(JsonObject o) =>
        o["type"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    static void CheckSize(JsonObject container, int max, string what)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(container).Length;
        if (bytes > max) throw new LineMessageLimitException("contents", $"{what} is {bytes} bytes of JSON; LINE allows at most {max}.");
    }
}
