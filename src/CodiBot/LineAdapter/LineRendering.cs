using CodiBot.Conversations;
using CodiBot.Digest;
using CodiBot.Line.Messaging;

namespace CodiBot.LineAdapter;

/// <summary>Turns the bot's messages into LINE messages: quick replies go on the last message only (LINE shows no others);
/// a digest becomes a Flex message.</summary>
public static class LineRendering
{
    public const int MaxMessagesPerRequest = 5;

    public static IReadOnlyList<LineMessage> Render(IReadOnlyList<BotMessage> messages)
    {
        var result = new List<LineMessage>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            var quick = i == messages.Count - 1 && m.Choices is { Count: > 0 } ? QuickReplyOf(m.Choices) : null;
            result.Add(m.Digest is { } digest
                ? LineMessage.Flex(DigestText.Alt(digest), DigestFlex.Render(digest), quick)
                : LineMessage.Text(m.Text, quick));
        }
        return result;
    }

    static QuickReply QuickReplyOf(IReadOnlyList<Choice> choices) =>
        new(choices.Take(13).Select(c => c.Action switch
        {
            ChoiceAction.Camera => QuickReplyItem.Camera(Clip(c.Label)),
            ChoiceAction.CameraRoll => QuickReplyItem.CameraRoll(Clip(c.Label)),
            ChoiceAction.Location => QuickReplyItem.Location(Clip(c.Label)),
            _ => QuickReplyItem.Message(Clip(c.Label), c.Text),
        }).ToList());

    /// <summary>LINE labels hold 20 characters; a longer one (an organisation's name) is shortened, while the text it sends stays whole.</summary>
    static string Clip(string label) =>
        label.Length <= LineLimits.QuickReplyLabel ? label : label[..(LineLimits.QuickReplyLabel - 1)] + "…";
}
