using CodiBot.Dialogs;
using CodiBot.Dialogs.Engine;
using CodiBot.Line.Messaging;
using CodiBot.People;
using CodiBot.Photos;
using CodiBot.Reports;
using CodiBot.Staff;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Conversations;

/// <summary>What a turn produced: the answers to send and the state changes to commit with them.</summary>
public sealed record TurnResult(IReadOnlyList<BotMessage> Messages, IReadOnlyList<StoreChange> Changes);

/// <summary>
/// Handles one turn of one conversation: continues its open dialog, or starts one (by a phrase, a quick free-text
/// report, or a command), or lets the router answer. Reads the database; writes only through returned changes.
/// </summary>
public sealed partial class Conversation(
    DialogCatalog catalog, DialogEngine engine, Router router, Registrations registrations, ReportCommands reports,
    HeldPhotos held, PhotoDownloads photos, LineClient line, IServiceScopeFactory scopes, TimeProvider clock, BangkokClock bangkok,
    Roles roles, IEnumerable<IChatCommands> commandSets, IOptions<DialogOptions> options, ILogger<Conversation> log)
{
    /// <summary>Everything the turn needs to know, gathered once.</summary>
    sealed class Scope(Turn turn, string key, CodiBotDb db, Person? person, DialogContext ctx)
    {
        public Turn Turn { get; } = turn;
        public string Key { get; } = key;
        public CodiBotDb Db { get; } = db;
        public Person? Person { get; } = person;
        public DialogContext Ctx { get; set; } = ctx;
        public List<BotMessage> Messages { get; } = [];
        public List<StoreChange> Changes { get; } = [];
        /// <summary>The dialog state to store at the end (null: none); <see cref="StateChanged"/> says whether to write it.</summary>
        public DialogState? State { get; set; }
        public bool StateChanged { get; set; }
        public bool HadState { get; set; }
        /// <summary>A registration was confirmed in this turn.</summary>
        public bool Registered { get; set; }
    }

    public async Task<TurnResult> HandleAsync(Turn turn, string conversationKey, CancellationToken ct)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<CodiBotDb>();
        var lookups = TurnLookups.Current;
        // Without the batch's lookups a turn makes at least three queries: open once for all of them, since each open
        // re-registers EF's SQLite functions (allocations, native calls). The pooled context closes it when the scope ends.
        if (lookups is null) await db.Database.OpenConnectionAsync(ct);
        var person = turn.UserId is null ? null
            : lookups is not null && lookups.TryGetPerson(turn.UserId, out var known) ? known
            : await registrations.FindAsync(db, turn.UserId, ct);
        var ctx = new DialogContext(bangkok.Today, clock.GetUtcNow().ToUnixTimeMilliseconds(), null, Registrations.OrganisationsOf(person), Language.Of(turn.Text));
        var s = new Scope(turn, conversationKey, db, person, ctx);

        var stored = lookups is not null && lookups.TryGetState(conversationKey, out var state) ? state : await StateOf(db, conversationKey);
        s.HadState = stored is not null;
        s.State = stored is null ? null : DialogState.FromJson(stored.StateJson);
        if (s.State is not null && ctx.Now - s.State.UpdatedAt > options.Value.IdleTimeout.TotalMilliseconds)
        {
            s.Messages.Add(Expired(s.State, turn));
            s.State = null;
            s.StateChanged = true;
        }

        // Joining and leaving concern the chat, not the dialog someone in it has open.
        if (s.State is not null && !IsChatEvent(turn.Kind)) await ContinueAsync(s, s.State, ct);
        else await OutsideAsync(s, ct);

        if (s.StateChanged) s.Changes.Add(SaveState(conversationKey, turn.UserId, s.State, s.HadState));
        return new TurnResult(s.Person is not null || s.Registered ? Texts.ForRegistered(s.Messages) : s.Messages, s.Changes);
    }

    // Compiled: read for every event handled.
    static readonly Func<CodiBotDb, string, Task<ConversationState?>> StateOf = EF.CompileAsyncQuery((CodiBotDb db, string key) =>
        db.Conversations.AsNoTracking().FirstOrDefault(c => c.ConversationKey == key));

    async Task ContinueAsync(Scope s, DialogState state, CancellationToken ct)
    {
        if (state.DialogId.StartsWith(Confirmation.Prefix))
        {
            var question = Confirmation.Question(state);
            if (await AsideAsync(s, question, ct)) s.Messages.Add(question);
            else Confirm(s, state);
            return;
        }
        var dialog = catalog.Find(state.DialogId);
        if (dialog is null)
        {
            log.LogWarning("Dropping a dialog state for {DialogId}, which is no longer defined", state.DialogId);
            SetState(s, null);
            await OutsideAsync(s, ct);
            return;
        }
        var waiting = engine.Repeat(dialog, state, s.Ctx with { Lang = state.Lang });
        if (await AsideAsync(s, waiting[^1], ct))
        {
            s.Messages.AddRange(waiting);
            return;
        }
        s.Ctx = s.Ctx with { Lang = state.Lang };
        // The name question offers the LINE display name; it is read while registering only (registration runs in 1:1 chats).
        if (dialog.Kind == Dialogs.Definitions.DialogKind.Registration && s.Person is null && s.Turn.Chat == ChatKind.User)
            s.Ctx = s.Ctx with { ProfileName = await ProfileNameAsync(s.Turn, ct) };
        var input = await InputOfAsync(s.Turn, ct);
        if (input is null) return;
        await ApplyAsync(s, dialog, engine.Handle(dialog, state, input, s.Ctx), ct);
    }

    async Task ApplyAsync(Scope s, Dialogs.Definitions.DialogDefinition dialog, DialogOutcome outcome, CancellationToken ct)
    {
        s.Messages.AddRange(outcome.Messages);
        SetState(s, outcome.State);
        if (outcome.Completed is { } done)
        {
            s.Registered |= done.Dialog.Kind == Dialogs.Definitions.DialogKind.Registration;
            var result = s.Registered
                ? registrations.Complete(done, s.Turn.UserId!, s.Ctx, outcome.Then)
                : reports.Complete(done, s.Turn.UserId, s.Person, s.Ctx);
            s.Messages.AddRange(result.Messages);
            s.Changes.AddRange(result.Changes);
        }
        else if (outcome.Then is { } then && outcome.State is null)
            await OutsideAsync(s, ct, then);
    }

    static bool IsChatEvent(TurnKind kind) => kind is TurnKind.Join or TurnKind.Leave or TurnKind.MembersJoined or TurnKind.MembersLeft;

    /// <summary>
    /// A command typed while a question waits ("ยอดหน้ากาก วันนี้", "รายงานของฉัน", "ดูยอดรวม") is answered beside it;
    /// the caller then asks the question again. Words that steer the dialog, its answers' own phrases and texts a
    /// command only hints at are left to the dialog, and so is whatever a button of the <paramref name="waiting"/> question
    /// sends ("ยอดสะสม" is a choice of the project update).
    /// </summary>
    async Task<bool> AsideAsync(Scope s, BotMessage waiting, CancellationToken ct)
    {
        if (s.Turn.Kind is not (TurnKind.Text or TurnKind.Choice)) return false;
        var text = Router.Normalize(s.Turn.Text);
        if (text.Length == 0 || DialogWords.Steers(text) || catalog.FindByStart(text) is not null) return false;
        if (waiting.Choices?.Any(c => ChoiceMatcher.Compact(Router.Normalize(c.Text)) == ChoiceMatcher.Compact(text)) == true) return false;
        if (IsLookup(text)) return await OwnCommandAsync(s, text, Language.Of(s.Turn.Text), ct);
        if (await CommandsAsync(s, s.Turn, ct, certainOnly: true)) return true;
        if (!router.IsAside(s.Turn.Text)) return false;
        s.Messages.AddRange(router.Route(s.Turn));
        return true;
    }

    /// <summary>Offers the turn to each command set (staff, groups, totals, digest); true when one answered it.</summary>
    /// <param name="certainOnly">Hints and refusals (<see cref="CommandResult.Hint"/>) do not count and are not said.</param>
    async Task<bool> CommandsAsync(Scope s, Turn turn, CancellationToken ct, bool certainOnly = false)
    {
        var role = await roles.RoleOfAsync(s.Db, turn.UserId, s.Person, ct);
        var command = new CommandTurn(turn, Router.Normalize(turn.Text), Language.Of(turn.Text), s.Person, role, s.Db, s.Ctx);
        foreach (var set in commandSets)
        {
            if (await set.TryHandleAsync(command, ct) is not { } result) continue;
            if (certainOnly && result.Hint) return false;
            if (result.Changes is not null) s.Changes.AddRange(result.Changes);
            if (result.PassesOn) continue;
            s.Messages.AddRange(result.Messages);
            return true;
        }
        return false;
    }

    static void SetState(Scope s, DialogState? state)
    {
        s.State = state;
        s.StateChanged = true;
    }

    /// <summary>Turns a LINE-independent turn into dialog input; photos are downloaded and stored right away (LINE deletes content later).</summary>
    async Task<DialogInput?> InputOfAsync(Turn turn, CancellationToken ct)
    {
        switch (turn.Kind)
        {
            case TurnKind.Text or TurnKind.Choice: return new TextInput(turn.Text ?? "", turn.MessageId, turn.EventId);
            case TurnKind.Location: return new LocationInput(turn.Latitude ?? 0, turn.Longitude ?? 0, turn.Text, turn.MessageId, turn.EventId);
            case TurnKind.Unsend when turn.MessageId is not null: return new UnsendInput(turn.MessageId, turn.EventId);
            case TurnKind.Photo:
                var (photo, problem) = TakePhoto(turn);
                return new PhotoInput(photo, problem, turn.PhotoIndex, Math.Max(turn.PhotoIndex, turn.PhotoTotal), turn.MessageId, turn.EventId);
            case TurnKind.Sticker or TurnKind.Media: return new OtherInput(turn.EventId);
            default: return null;
        }
    }

    /// <summary>The turn's photo, downloaded beside the inbox (until then the turn is put off: <see cref="PhotoPending"/>).</summary>
    (PhotoAnswer? Photo, string? Problem) TakePhoto(Turn turn)
    {
        var taken = photos.Answer(turn.MessageId, bangkok.Today, Language.Of(turn.Text) == Lang.En);
        if (taken.Problem is not null) log.LogInformation("Photo {MessageId} not taken: {Problem}", turn.MessageId, taken.Problem);
        return taken;
    }

    static BotMessage Expired(DialogState state, Turn turn) => new(Language.Of(turn.Text) == Lang.En || state.Lang == Lang.En
        ? "Your unfinished report expired after a long pause, so it was not saved. Let's start again whenever you're ready."
        : "รายการที่ทำค้างไว้หมดเวลาแล้วค่ะ (ไม่ได้ทำต่อนานเกินไป) จึงไม่ได้บันทึก เริ่มใหม่ได้เลยนะคะ");

    static StoreChange SaveState(string key, string? userId, DialogState? state, bool existed) => new("dialog state", async (db, ct) =>
    {
        if (state is null)
        {
            if (existed) await db.Conversations.Where(c => c.ConversationKey == key).ExecuteDeleteAsync(ct);
            return;
        }
        var json = state.ToJson();
        var row = await db.Conversations.FindAsync([key], ct);
        if (row is null) db.Conversations.Add(new ConversationState { ConversationKey = key, UserId = userId, DialogId = state.DialogId, StateJson = json, UpdatedAt = state.UpdatedAt });
        else { row.DialogId = state.DialogId; row.StateJson = json; row.UpdatedAt = state.UpdatedAt; }
    });
}
