using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Staff;
using CodiBot.Thai;
using CodiBot.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Queries;

/// <summary>
/// Answers totals questions ("ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", "masks south this week") from the running totals.
/// Takes a message that opens with a totals word, or one that reads wholly as a question about what, where or when;
/// never a free-text report ("แจกหน้ากาก 500 ชิ้น") nor the digest's "สรุป…". Staff and admins see everything,
/// leaders their own organisations, guests are asked to register.
/// </summary>
public sealed class TotalsCommands : IChatCommands
{
    readonly ITotalsReader reader;
    readonly IOptions<TotalsOptions> options;
    readonly TotalsQueryParser parser;
    readonly TotalsAnswerText writer;

    readonly Router router;

    public TotalsCommands(DialogCatalog catalog, ITotalsReader reader, Router router, IOptions<TotalsOptions> options)
    {
        this.router = router;
        this.reader = reader;
        this.options = options;
        var words = new TotalsVocabulary(catalog);
        parser = new TotalsQueryParser(words);
        writer = new TotalsAnswerText(words);
    }

    public async Task<CommandResult?> TryHandleAsync(CommandTurn turn, CancellationToken ct)
    {
        if (turn.Turn.Kind is not (TurnKind.Text or TurnKind.Choice) || turn.Text.Length == 0 || router.IsSmallTalk(turn.Turn.Text)) return null;
        if (turn.Text.StartsWith("สรุป", StringComparison.Ordinal) || turn.Text.StartsWith("summary", StringComparison.Ordinal)) return null;
        var today = turn.Ctx.Today;
        var since = options.Value.CumulativeSince(today);
        // Most messages are not questions: only a likely one pays for reading the organisation names.
        var first = parser.Parse(turn.Turn.Text, today, since, []);
        if (first.Ask == TotalsAsk.None && !first.NamedWhat || CountsSomething(first)) return null;

        var organisations = await turn.Db.Organisations.AsNoTracking().Select(o => new OrganisationName(o.Id, o.Name)).ToListAsync(ct);
        var question = parser.Parse(turn.Turn.Text, today, since, organisations);
        if (!IsMine(turn, question)) return null;
        var lang = turn.Lang;
        if (!question.Understood) return CommandResult.Hinted(turn.Role == Role.Guest ? RegisterFirst(turn, lang) : NotUnderstood(question, lang));
        // Read only from what and where ("กองทุนสวัสดิการ ละงู"), it may as well be an answer to a question waiting.
        var hint = question.Ask != TotalsAsk.Strong;
        if (turn.Role == Role.Guest) return CommandResult.Say(RegisterFirst(turn, lang)) with { Hint = hint };
        if (question.Period.From > today)
            return CommandResult.Say(TotalsExamples.Message(lang, lang == Lang.En
                ? "That period has not started yet, so nothing can have been reported. 🙏"
                : "ช่วงเวลานี้ยังมาไม่ถึงค่ะ จึงยังไม่มีรายงาน 🙏"));

        var note = "";
        if (turn.Role == Role.Leader)
        {
            var own = turn.Ctx.Organisations.Select(o => o.Id).ToList();
            if (own.Count == 0) return CommandResult.Say(RegisterFirst(turn, lang));
            var asked = question.Place.OrganisationIds ?? [];
            var onlyOwn = question.Place.Kind == PlaceKind.Organisations && asked.All(own.Contains);
            if (!onlyOwn)
            {
                if (question.NamedPlace)
                    note = lang == Lang.En
                        ? "Leaders see the totals of their own organisations, so here are yours. 🙏\n\n"
                        : "ผู้นำชุมชนดูยอดได้เฉพาะขององค์กรตัวเองค่ะ จึงแสดงยอดขององค์กรของคุณให้นะคะ 🙏\n\n";
                question = question with { Place = Place.Organisations(own) };
            }
        }

        var answer = await reader.ReadAsync(turn.Db, question.Query, ct);
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        var text = note + writer.Write(question, answer, TotalsAnswerText.PlaceName(question.Place, names, lang), lang);
        return CommandResult.Say(new BotMessage(text, TotalsExamples.Choices(lang))) with { Hint = hint };
    }

    /// <summary>
    /// In a group, unaddressed, only an outright totals command that reads wholly ("ยอดหน้ากาก ภาคใต้"). Elsewhere also
    /// a message that reads wholly as what plus where, when or a question ("masks south this week"), unless it starts
    /// with an activity ("แจกหน้ากาก ภาคใต้ วันนี้" may be the start of a report).
    /// </summary>
    static bool IsMine(CommandTurn turn, TotalsQuestion q)
    {
        var outright = q.Ask == TotalsAsk.Strong;
        if (turn.InGroup && !turn.Turn.AddressedToBot) return outright && q.Understood;
        if (outright) return true;
        if (!q.Understood) return false;
        if (q.Ask == TotalsAsk.Weak) return q.NamedWhat || q.NamedPlace || q.NamedPeriod;
        return q.NamedWhat && (q.NamedPlace || q.NamedPeriod || q.IsQuestion) && (!q.StartsWithActivity || q.IsQuestion);
    }

    /// <summary>A number with a unit the question did not explain is a report, even after "ยอด" ("ยอดแจกวันนี้ 500 ชิ้น").</summary>
    static bool CountsSomething(TotalsQuestion q) =>
        !q.BadPeriod && q.Unknown.Any(char.IsAsciiDigit) && Quantities.Extract(q.Unknown).Any(x => x.Unit is not null);

    static BotMessage NotUnderstood(TotalsQuestion q, Lang lang)
    {
        var en = lang == Lang.En;
        var opening = q.BadPeriod
            ? en ? "Sorry, I couldn't read that date or period. 🙏" : "ขออภัยค่ะ วันที่หรือช่วงเวลานี้ไม่ถูกต้อง 🙏"
            : en ? $"Sorry, I didn't understand \"{Texts.Echo(q.Unknown)}\". 🙏" : $"ขออภัยค่ะ ยังไม่เข้าใจคำว่า \"{Texts.Echo(q.Unknown)}\" 🙏";
        return TotalsExamples.Message(lang, opening);
    }

    static BotMessage RegisterFirst(CommandTurn turn, Lang lang)
    {
        var en = lang == Lang.En;
        if (turn.Turn.UserId is null)
            return Texts.HiddenInGroup(lang, "ถามในแชตส่วนตัว", "ask in a 1:1 chat");
        return new BotMessage(en
                ? "Totals are for registered community leaders and CODI staff. Please register first (it takes a minute). 🙏"
                : "ขออภัยค่ะ ดูยอดได้เมื่อลงทะเบียนแล้ว (ผู้นำชุมชนดูยอดขององค์กรตัวเอง เจ้าหน้าที่ดูได้ทั้งหมด) ลงทะเบียนสั้น ๆ ก่อนนะคะ ใช้เวลาประมาณ 1 นาที 🙏",
            [new(en ? "Register" : "ลงทะเบียน", en ? "register" : "ลงทะเบียน")]);
    }
}
