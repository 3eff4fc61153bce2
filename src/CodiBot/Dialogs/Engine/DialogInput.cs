using CodiBot.Conversations;

namespace CodiBot.Dialogs.Engine;

/// <summary>What the person sent, as the dialog engine sees it (the LINE adapter and photo intake did the I/O).</summary>
public abstract record DialogInput(string? MessageId, string EventId);

public sealed record TextInput(string Text, string? MessageId, string EventId) : DialogInput(MessageId, EventId);

/// <param name="Photo">The stored photo, or null when it could not be taken (then <see cref="Problem"/> says why).</param>
/// <param name="SetIndex">Position in a photo set sent together (1-based); <see cref="SetTotal"/> its size.</param>
public sealed record PhotoInput(PhotoAnswer? Photo, string? Problem, int SetIndex, int SetTotal, string? MessageId, string EventId)
    : DialogInput(MessageId, EventId)
{
    /// <summary>The last photo of a set (or a single photo) is the moment to answer; earlier ones stay quiet.</summary>
    public bool LastOfSet => SetIndex >= SetTotal;
}

public sealed record LocationInput(double Latitude, double Longitude, string? Address, string? MessageId, string EventId) : DialogInput(MessageId, EventId);

/// <summary>The person withdrew a message (LINE unsend); what it contributed is taken back.</summary>
public sealed record UnsendInput(string UnsentMessageId, string EventId) : DialogInput(null, EventId);

/// <summary>A sticker, video or other thing a field cannot use.</summary>
public sealed record OtherInput(string EventId) : DialogInput(null, EventId);

/// <summary>A photo already in the photo store.</summary>
public sealed record PhotoAnswer(string Key, string ContentType, long Size, string? MessageId);

/// <summary>An organisation the person reports for.</summary>
public sealed record OrganisationRef(long Id, string Name, string? Province, string? Region);

/// <summary>What the engine may know about the person and the moment; no I/O happens inside the engine.</summary>
public sealed record DialogContext(
    DateOnly Today,
    long Now,
    string? ProfileName,
    IReadOnlyList<OrganisationRef> Organisations,
    Lang Lang = Lang.Th);

/// <summary>A confirmed dialog: the handler stores it (a report, or a registration).</summary>
public sealed record Completion(DialogState State, Definitions.DialogDefinition Dialog);

/// <param name="State">The dialog after this turn; null when it closed (completed or cancelled).</param>
/// <param name="Then">Text to handle as if just sent, after the dialog closed (a quick report waiting for registration).</param>
public sealed record DialogOutcome(DialogState? State, IReadOnlyList<BotMessage> Messages, Completion? Completed = null, string? Then = null);
