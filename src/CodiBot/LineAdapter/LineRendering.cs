using CodiBot.Conversations;
using CodiBot.Digest;
using CodiBot.Line.Messaging;
using CodiBot.Thai;

namespace CodiBot.LineAdapter;

/// <summary>Turns the bot's messages into LINE messages: quick replies go on the last message only (LINE shows no others);
/// a digest becomes a Flex message. The last line of defence for LINE's limits: whatever a feature says, what comes out
/// is a message LINE accepts — a text over 5,000 characters is split, labels are cut between characters.</summary>
public static class LineRendering
{
    public const int MaxMessagesPerRequest = LineLimits.MessagesPerRequest;

    public static IReadOnlyList<LineMessage> Render(IReadOnlyList<BotMessage> messages)
    {
        var result = new List<LineMessage>(messages.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            var quick = i == messages.Count - 1 && m.Choices is { Count: > 0 } ? QuickReplyOf(m.Choices) : null;
            if (m.Digest is { } digest)
            {
                result.Add(LineMessage.Flex(Graphemes.Clip(DigestText.Alt(digest), LineLimits.AltText), DigestFlex.Render(digest), quick));
                continue;
            }
            // A long text may take the messages the rest of the answer leaves free in one reply, and at least one.
            var room = Math.Max(1, MaxMessagesPerRequest - result.Count - (messages.Count - 1 - i));
            var pieces = Pieces(m.Text, room);
            for (var k = 0; k < pieces.Count; k++)
                result.Add(LineMessage.Text(pieces[k], k == pieces.Count - 1 ? quick : null));
        }
        return result;
    }

    /// <summary>The text in at most <paramref name="room"/> pieces of LINE's length, cut at a line break, else a space,
    /// else between characters; what does not fit even then ends in "…". An empty text gives no piece.</summary>
    static List<string> Pieces(string text, int room)
    {
        var pieces = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return pieces;
        var rest = text;
        while (rest.Length > LineLimits.TextLength && pieces.Count < room - 1)
        {
            var cut = BreakAt(rest, LineLimits.TextLength);
            if (rest[..cut].TrimEnd() is { Length: > 0 } piece) pieces.Add(piece);
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0) pieces.Add(Graphemes.Clip(rest, LineLimits.TextLength));
        return pieces;
    }

    static int BreakAt(string text, int max)
    {
        var fit = Graphemes.FitAt(text, max);
        // One cluster longer than a message (a letter under thousands of combining marks): cut between code points.
        if (fit == 0) return char.IsLowSurrogate(text[max]) ? max - 1 : max;
        // Only breaks in the second half are worth it: a piece should not be a stub.
        if (fit > max / 2)
            foreach (var c in (ReadOnlySpan<char>)['\n', ' '])
                if (text.LastIndexOf(c, fit - 1, fit - max / 2) is var at and > 0) return at + 1;
        return fit;
    }

    /// <summary>A button whose text LINE would refuse (over 300 characters: a very long organisation name) is left out;
    /// the person can still type the answer.</summary>
    static QuickReply? QuickReplyOf(IReadOnlyList<Choice> choices)
    {
        var items = choices
            .Where(c => c.Label.Trim().Length > 0 && (c.Action != ChoiceAction.Message || c.Text.Length is > 0 and <= LineLimits.ActionText))
            .Take(LineLimits.QuickReplyItems)
            .Select(c => c.Action switch
            {
                ChoiceAction.Camera => QuickReplyItem.Camera(Label(c)),
                ChoiceAction.CameraRoll => QuickReplyItem.CameraRoll(Label(c)),
                ChoiceAction.Location => QuickReplyItem.Location(Label(c)),
                _ => QuickReplyItem.Message(Label(c), c.Text),
            }).ToList();
        return items.Count == 0 ? null : new QuickReply(items);
    }

    /// <summary>LINE labels hold 20 characters; a longer one (an organisation's name) is shortened, while the text it sends stays whole.</summary>
    static string Label(Choice c) => Graphemes.Clip(c.Label, LineLimits.QuickReplyLabel);
}
