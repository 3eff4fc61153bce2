using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Engine;
using CodiBot.People;
using CodiBot.Reports;

namespace CodiBot.Conversations;

/// <summary>Yes/no questions that guard something irreversible; stored like a dialog so a restart keeps them.</summary>
static class Confirmation
{
    public const string Prefix = "confirm:";
    public const string DeleteMyData = Prefix + "delete-my-data";
    public const string WithdrawReport = Prefix + "withdraw:";

    /// <summary>The question as asked, kept in the state so it can be asked again after a command typed meanwhile.</summary>
    public static DialogState Asking(string id, Lang lang, long now, string question, string yes, string no) => new()
    {
        DialogId = id, Lang = lang, Stage = DialogStage.ConfirmStart, StartedAt = now, UpdatedAt = now,
        Answers = new JsonObject { ["question"] = question, ["yes"] = yes, ["no"] = no },
    };

    public static BotMessage Question(DialogState state) => new(
        state.Answers["question"]?.GetValue<string>() ?? "",
        [new(state.Answers["yes"]?.GetValue<string>() ?? DialogWords.Yes(state.Lang), DialogWords.Yes(state.Lang)),
         new(state.Answers["no"]?.GetValue<string>() ?? DialogWords.No(state.Lang), DialogWords.No(state.Lang))]);
}

public sealed partial class Conversation
{
    bool IsOwnCommand(string text) => OwnCommand().IsMatch(text) || text is "รายงาน" or "ส่งรายงาน" or "report";

    /// <summary>The person's own data or reports, looked at without changing anything: fine to answer mid-dialog.</summary>
    static bool IsLookup(string text) => OwnCommand().Match(text) is { Success: true } m && m.Groups["arg"].Length == 0
        && m.Groups["cmd"].Value is "ข้อมูลของฉัน" or "รายงานของฉัน" or "my data" or "my reports";

    /// <summary>The person's own data and reports, and the generic "รายงาน". False when the text is none of these.</summary>
    async Task<bool> OwnCommandAsync(Scope s, string text, Lang lang, CancellationToken ct)
    {
        var m = OwnCommand().Match(text);
        var userId = s.Turn.UserId;
        if (text is "รายงาน" or "ส่งรายงาน" or "report")
        {
            s.Messages.Add(new BotMessage(lang == Lang.En ? "Which report?" : "ต้องการส่งรายงานแบบไหนคะ", catalog.ReportMenu(lang)));
            return true;
        }
        if (!m.Success || userId is null) return false;
        var en = lang == Lang.En;
        var arg = m.Groups["arg"].Value.Trim();
        switch (m.Groups["cmd"].Value)
        {
            case "ข้อมูลของฉัน" or "my data":
                s.Messages.Add(Registrations.Show(s.Person, lang));
                return true;
            case "ลบข้อมูลของฉัน" or "delete my data":
                if (s.Person is null) { s.Messages.Add(Registrations.Show(null, lang)); return true; }
                Ask(s, Confirmation.DeleteMyData, lang, en
                    ? "Delete all your data? Your name, phone and organisation memberships are deleted. Reports already sent stay in the totals without your name."
                    : "ลบข้อมูลของคุณทั้งหมดใช่ไหมคะ\nชื่อ เบอร์โทร และการเป็นสมาชิกองค์กรจะถูกลบ รายงานที่ส่งแล้วยังนับในยอดรวมแต่จะไม่มีชื่อคุณ",
                    en ? "Yes, delete" : "ลบข้อมูล", en ? "Keep" : "ไม่ลบ");
                return true;
            case "แก้ข้อมูล" or "edit my data":
                var orgs = s.Person?.Memberships.OrderBy(x => x.CreatedAt).Select(x => x.Organisation).OfType<Organisation>().ToList() ?? [];
                var n = int.TryParse(arg, out var k) ? k : 1;
                if (s.Person is null || n < 1 || n > orgs.Count) { s.Messages.Add(Registrations.Show(s.Person, lang)); return true; }
                await StartAsync(s, catalog.Registration!, new DialogStart { Answers = Registrations.AnswersOf(s.Person, orgs[n - 1]), AtSummary = true, OrganisationId = orgs[n - 1].Id }, ct);
                return true;
            case "รายงานของฉัน" or "my reports":
                s.Messages.Add(await reports.ListAsync(s.Db, userId, lang, s.Ctx.Now, ct));
                return true;
            case "แก้ไข" or "edit" when arg.Length > 0:
            case "ถอน" or "withdraw" when arg.Length > 0:
                var (report, refusal) = await reports.OwnAsync(s.Db, userId, arg, lang, s.Ctx.Now, ct);
                if (report is null) { s.Messages.Add(new BotMessage(refusal!, Texts.MainMenu(lang))); return true; }
                if (m.Groups["cmd"].Value is "ถอน" or "withdraw")
                {
                    Ask(s, Confirmation.WithdrawReport + report.Id, lang, en
                        ? $"Withdraw report {report.Code}? It will no longer count in the totals (its history is kept)."
                        : $"ถอนรายงาน {report.Code} ใช่ไหมคะ รายงานนี้จะไม่ถูกนับในยอดรวมอีก (ประวัติยังเก็บไว้)",
                        en ? "Yes, withdraw" : "ถอนรายงาน", en ? "Keep it" : "ไม่ถอน");
                    return true;
                }
                if (catalog.Find(report.DialogId) is not { } dialog) return false;
                var answers = JsonNode.Parse(report.AnswersJson)!.AsObject();
                await StartAsync(s, dialog, new DialogStart
                {
                    Answers = answers, AtSummary = true, ReportId = report.Id,
                    Intro = en ? $"Correcting report {report.Code}: pick the item to change." : $"แก้ไขรายงาน {report.Code} เลือกข้อที่ต้องการแก้ได้เลยค่ะ",
                }, ct);
                return true;
        }
        return false;
    }

    void Ask(Scope s, string id, Lang lang, string question, string yes, string no)
    {
        var state = Confirmation.Asking(id, lang, s.Ctx.Now, question, yes, no);
        SetState(s, state);
        s.Messages.Add(Confirmation.Question(state));
    }

    void Confirm(Scope s, DialogState state)
    {
        var lang = state.Lang;
        var en = lang == Lang.En;
        var text = Router.Normalize(s.Turn.Text);
        SetState(s, null);
        if (s.Turn.Kind is not (TurnKind.Text or TurnKind.Choice) || !(DialogWords.IsYes(text) || text is "ลบข้อมูล" or "ถอนรายงาน"))
        {
            s.Messages.Add(new BotMessage(en ? "OK, nothing was changed." : "ไม่ได้เปลี่ยนแปลงอะไรค่ะ", Texts.MainMenu(lang)));
            return;
        }
        var userId = s.Turn.UserId!;
        if (state.DialogId == Confirmation.DeleteMyData)
        {
            s.Changes.Add(Registrations.Delete(userId));
            s.Messages.Add(new BotMessage(en ? "Your data has been deleted. Thank you for your work. 🙏" : "ลบข้อมูลของคุณเรียบร้อยแล้วค่ะ ขอบคุณสำหรับการทำงานเพื่อชุมชน 🙏"));
        }
        else if (state.DialogId.StartsWith(Confirmation.WithdrawReport) && long.TryParse(state.DialogId[Confirmation.WithdrawReport.Length..], out var id))
        {
            s.Changes.Add(ReportCommands.Withdraw(id, userId, s.Ctx.Now));
            s.Messages.Add(new BotMessage(en ? "The report was withdrawn." : "ถอนรายงานแล้วค่ะ ไม่ถูกนับในยอดรวมอีก", Texts.MainMenu(lang)));
        }
    }

    [GeneratedRegex(@"^(?<cmd>ลบข้อมูลของฉัน|ข้อมูลของฉัน|แก้ข้อมูล|รายงานของฉัน|แก้ไข|ถอน|my data|delete my data|edit my data|my reports|edit|withdraw)\s*(?<arg>[a-z0-9]{0,8})$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnCommand();
}
