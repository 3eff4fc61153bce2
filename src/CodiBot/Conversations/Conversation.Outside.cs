using System.Text.RegularExpressions;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Engine;
using CodiBot.Photos;

namespace CodiBot.Conversations;

public sealed partial class Conversation
{
    /// <summary>No dialog is open: a phrase or command may start one, free text may be a quick report, else the router answers.</summary>
    async Task OutsideAsync(Scope s, CancellationToken ct, string? textOverride = null)
    {
        var turn = textOverride is null ? s.Turn : s.Turn with { Text = textOverride, Kind = TurnKind.Text };
        var lang = Language.Of(turn.Text);
        var inGroup = turn.Chat != ChatKind.User;
        if ((turn.Kind is TurnKind.Text or TurnKind.Choice || IsChatEvent(turn.Kind)) && await CommandsAsync(s, turn, ct)) return;
        switch (turn.Kind)
        {
            case TurnKind.Follow:
                s.Messages.AddRange(router.Route(turn, s.Person is not null));
                // Admins and staff came to work, not to register as a leader: they get their commands instead of a consent question.
                if (s.Person is null && await IsStaffOrAdminAsync(s, ct)) s.Messages.Add(Texts.StaffWelcome(lang));
                else if (s.Person is null && catalog.Registration is { } registration) await StartAsync(s, registration, new DialogStart(), ct);
                return;
            case TurnKind.Photo when !inGroup && turn.UserId is not null:
                var (photo, problem) = TakePhoto(turn);
                if (photo is not null) s.Changes.Add(held.Hold(turn.UserId, photo, s.Ctx.Now));
                if (turn.PhotoIndex >= turn.PhotoTotal) s.Messages.Add(problem is null ? HeldPhotos.Kept(lang, options.Value.HeldPhotoLifetime) : new BotMessage(problem, Texts.MainMenu(lang)));
                return;
            case TurnKind.Text or TurnKind.Choice:
                break;
            default:
                s.Messages.AddRange(router.Route(turn, s.Person is not null));
                return;
        }

        var text = Router.Normalize(turn.Text);
        var asked = catalog.FindByStart(text);
        // In a group the bot acts only when addressed, or on a message that is just a command.
        if (inGroup && !turn.AddressedToBot && asked is null && !router.IsCommandOnly(turn.Text) && !IsOwnCommand(text)) return;

        if (asked is not null) { await StartAsync(s, asked, new DialogStart(), ct); return; }
        if (await OwnCommandAsync(s, text, lang, ct)) return;
        if (!router.IsSmallTalk(turn.Text) && QuickReport(s, turn, text) is { } quick) { await StartAsync(s, quick.Dialog, quick.Start, ct); return; }
        s.Messages.AddRange(router.Route(turn, s.Person is not null));
    }

    /// <summary>Starts a dialog if the person may; reports need a registration first (then the report is offered again).</summary>
    async Task StartAsync(Scope s, DialogDefinition dialog, DialogStart start, CancellationToken ct)
    {
        var lang = s.Ctx.Lang;
        if (!dialog.Roles.Contains("anyone") && s.Person is null)
        {
            if (catalog.Registration is not { } registration) return;
            if (await IsStaffOrAdminAsync(s, ct)) { s.Messages.Add(Texts.StaffReportNeedsOrganisation(lang)); return; }
            var intro = lang == Lang.En ? "Before your first report, please register (it takes a minute). 🙏" : "ก่อนส่งรายงานครั้งแรก ขอลงทะเบียนสั้น ๆ ก่อนนะคะ (ใช้เวลาประมาณ 1 นาที) 🙏";
            await StartAsync(s, registration, new DialogStart { Intro = intro, Then = s.Turn.Text }, ct);
            return;
        }
        if (s.Turn.UserId is null)
        {
            s.Messages.Add(Texts.HiddenInGroup(lang, "รายงานในแชตส่วนตัว", "report in a 1:1 chat"));
            return;
        }
        if (dialog.Kind == DialogKind.Registration && s.Turn.Chat != ChatKind.User)
        {
            await StartInPrivateChatAsync(s, dialog, start, ct);
            return;
        }
        if (dialog.Kind == DialogKind.Registration)
        {
            start = registrations.PrefillFor(s.Person, start, lang);
            s.Ctx = s.Ctx with { ProfileName = s.Person?.Name ?? await ProfileNameAsync(s.Turn, ct) };
        }
        else if (dialog.Fields.Any(f => f.Type == FieldType.Photos))
        {
            var waiting = await held.TakeAsync(s.Db, s.Turn.UserId, s.Ctx.Now, ct);
            if (waiting.Count > 0)
            {
                start = start with { HeldPhotos = waiting };
                s.Changes.Add(held.Release(s.Turn.UserId));
            }
        }
        await ApplyAsync(s, dialog, engine.Start(dialog, s.Ctx, s.Turn.EventId, start), ct);
    }

    async Task<bool> IsStaffOrAdminAsync(Scope s, CancellationToken ct) =>
        await roles.RoleOfAsync(s.Db, s.Turn.UserId, s.Person, ct) is Staff.Role.Staff or Staff.Role.Admin;

    async Task<string?> ProfileNameAsync(Turn turn, CancellationToken ct)
    {
        try
        {
            var profile = await line.GetProfileAsync(turn.UserId!, ct); // registration runs in 1:1 chats only
            return profile?.DisplayName;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogInformation(ex, "No LINE profile for the registration default");
            return null;
        }
    }

    /// <summary>
    /// Free text that names an activity and a quantity starts that report filled in; an activity alone is offered
    /// ("รายงานเรื่องนี้ไหม?"), never started by surprise. Questions and short chat start nothing.
    /// </summary>
    (DialogDefinition Dialog, DialogStart Start)? QuickReport(Scope s, Turn turn, string text)
    {
        if (text.Length < 6 || Question().IsMatch(text)) return null;
        foreach (var dialog in catalog.QuickReports)
        {
            if (QuickReportReader.Read(dialog, turn.Text!, s.Ctx.Today) is not { } reading) continue;
            var start = new DialogStart { Answers = reading.Answers, MessageId = turn.MessageId, Quick = true };
            if (reading.CountsSomething) return (dialog, start);
            if (text.Length < 12) return null;
            return (dialog, start with { Offer = true });
        }
        return null;
    }

    [GeneratedRegex(@"(\?|ไหม|มั้ย|หรือเปล่า|รึเปล่า|ยังไง|อย่างไร|เท่าไร|เท่าไหร่|กี่|ทำไม|อะไร|ได้ไหม|how|what|why|when)")]
    private static partial Regex Question();
}
