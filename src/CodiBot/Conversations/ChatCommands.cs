using CodiBot.Dialogs.Engine;
using CodiBot.People;
using CodiBot.Staff;
using CodiBot.Storage;

namespace CodiBot.Conversations;

/// <summary>A turn outside any dialog, as a command set sees it: <see cref="Text"/> is normalised (Router.Normalize).</summary>
public sealed record CommandTurn(Turn Turn, string Text, Lang Lang, Person? Person, Role Role, CodiBotDb Db, DialogContext Ctx)
{
    public bool InGroup => Turn.Chat != ChatKind.User;
}

/// <summary>What a command answered and the state changes to commit with the answer.</summary>
public sealed record CommandResult(IReadOnlyList<BotMessage> Messages, IReadOnlyList<StoreChange>? Changes = null)
{
    /// <summary>
    /// Only a hint, a refusal, or a reading the text merely allows: it looked like this command but was not clearly
    /// one ("สรุปผลการประชุม", "ยอดชาย", "กองทุนสวัสดิการตำบลละงู"). Outside a dialog it is the answer; while a question
    /// waits the text goes to the question instead.
    /// </summary>
    public bool Hint { get; init; }

    public static CommandResult Say(BotMessage message, params StoreChange[] changes) => new([message], changes);

    public static CommandResult Hinted(BotMessage message) => new([message]) { Hint = true };

    /// <summary>Left to the other command sets and the router to answer, but these changes commit with the turn.</summary>
    public static CommandResult PassOn(params StoreChange[] changes) => new([], changes) { PassesOn = true };

    public bool PassesOn { get; private init; }
}

/// <summary>
/// A set of chat commands (staff, groups, totals, digest). Conversation asks each in turn before its own commands,
/// quick reports and the router; null means "not mine". Commands check the role themselves and refuse politely.
/// In a group a command set answers only what is clearly addressed to the bot.
/// </summary>
public interface IChatCommands
{
    Task<CommandResult?> TryHandleAsync(CommandTurn turn, CancellationToken ct);
}
