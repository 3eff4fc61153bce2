namespace CodiBot.Conversations;

public enum ChatKind { User, Group, Room }

public enum TurnKind { Text, Choice, Photo, Location, Sticker, Media, Follow, Unfollow, Join, Leave, MembersJoined, MembersLeft, Unsend, Other }

/// <summary>
/// One thing a person did, independent of LINE: the dialogs and commands see only turns and answer with
/// <see cref="BotMessage"/>s. The LINE adapter translates both ways.
/// </summary>
public sealed record Turn(
    string EventId,
    TurnKind Kind,
    ChatKind Chat,
    string ChatId,
    string? UserId,
    DateTimeOffset At,
    string? Text = null,
    bool AddressedToBot = false,
    string? PhotoSetId = null,
    int PhotoIndex = 1,
    int PhotoTotal = 1,
    /// <summary>The LINE message (photo content, unsend target); for unsend, the message withdrawn.</summary>
    string? MessageId = null,
    double? Latitude = null,
    double? Longitude = null);

public enum ChoiceAction { Message, Camera, CameraRoll, Location }

/// <summary>A quick-reply choice: what the button shows and the text it sends back (or a camera/location button).</summary>
public sealed record Choice(string Label, string Text, ChoiceAction Action = ChoiceAction.Message);

/// <summary>What the bot says. <see cref="Text"/> is always a complete plain-text form; a message carrying a
/// <see cref="Digest"/> is drawn by the adapter as a rich message (LINE Flex) with that text as its fallback.</summary>
public sealed record BotMessage(string Text, IReadOnlyList<Choice>? Choices = null)
{
    public CodiBot.Digest.DigestView? Digest { get; init; }
    /// <summary>Another chat to push this to (a person's 1:1 chat, for what must not be said in a group); null: the turn's chat.</summary>
    public string? To { get; init; }
}
