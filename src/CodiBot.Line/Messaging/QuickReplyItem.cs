using System.Text.Json.Nodes;

namespace CodiBot.Line.Messaging;

/// <summary>One quick-reply button. Camera, camera roll and location actions exist only here, not on ordinary messages.</summary>
public sealed class QuickReplyItem
{
    readonly JsonObject _action;

    QuickReplyItem(JsonObject action) => _action = action;

    public string ActionType => (string)_action["type"]!;
    public string Label => (string)_action["label"]!;

    public static QuickReplyItem Message(string label, string text) =>
        Make("message", label, new() { ["text"] = LineLimits.Text(text, LineLimits.ActionText, nameof(text), "Quick reply message text") });

    public static QuickReplyItem Postback(string label, string data, string? displayText = null)
    {
        var extra = new JsonObject { ["data"] = Data(data) };
        if (displayText is not null)
            extra["displayText"] = LineLimits.Text(displayText, LineLimits.ActionText, nameof(displayText), "Postback display text");
        return Make("postback", label, extra);
    }

    public static QuickReplyItem Camera(string label) => Make("camera", label, []);
    public static QuickReplyItem CameraRoll(string label) => Make("cameraRoll", label, []);
    public static QuickReplyItem Location(string label) => Make("location", label, []);

    /// <param name="mode">date, time or datetime.</param>
    public static QuickReplyItem DatetimePicker(string label, string data, string mode)
    {
        if (mode is not ("date" or "time" or "datetime"))
            throw new LineMessageLimitException(nameof(mode), $"Datetime picker mode must be date, time or datetime, not '{mode}'.");
        return Make("datetimepicker", label, new() { ["data"] = Data(data), ["mode"] = mode });
    }

    internal JsonObject ToJson() => new() { ["type"] = "action", ["action"] = _action.DeepClone() };

    static string Data(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length > LineLimits.PostbackData)
            throw new LineMessageLimitException(nameof(data), $"Postback data is {data.Length} characters; LINE allows at most {LineLimits.PostbackData}.");
        return data;
    }

    static QuickReplyItem Make(string type, string label, JsonObject extra)
    {
        var action = new JsonObject
        {
            ["type"] = type,
            ["label"] = LineLimits.Text(label, LineLimits.QuickReplyLabel, nameof(label), "Quick reply label"),
        };
        foreach (var (k, v) in extra.ToList()) { extra.Remove(k); action[k] = v; }
        return new QuickReplyItem(action);
    }
}
