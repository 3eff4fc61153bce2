using System.Globalization;
using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Dialogs.Engine;
using CodiBot.People;
using CodiBot.Storage;
using CodiBot.Thai;
using CodiBot.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Reports;

/// <summary>Storing a confirmed report, and a leader's own reports: list, correct, withdraw (within the correction window).</summary>
public sealed class ReportCommands(DialogCatalog catalog, CategoryNames names, IOptions<DialogOptions> options)
{
    public TurnResult Complete(Completion done, string? userId, Person? person, DialogContext ctx)
    {
        var state = done.State;
        var en = state.Lang == Lang.En;
        var code = ReportBuilder.NewCode();
        StoreChange change;
        if (state.ReportId is { } id)
        {
            change = new StoreChange("correct report", async (db2, ct2) =>
            {
                var report = await db2.Reports.Include(r => r.Measures).Include(r => r.Photos).FirstAsync(r => r.Id == id, ct2);
                await TotalsLedger.ChangeAsync(db2, report, r =>
                {
                    db2.Measures.RemoveRange(r.Measures);
                    db2.ReportPhotos.RemoveRange(r.Photos);
                    ReportBuilder.Fill(r, done.Dialog, state, ctx.Today);
                    r.Version++;
                    r.UpdatedAt = ctx.Now;
                    r.Status = ReportStatus.Active;
                }, ct2);
                db2.ReportVersions.Add(new ReportVersion { ReportId = id, Version = report.Version, Change = "corrected", AnswersJson = report.AnswersJson, ChangedBy = userId, ChangedAt = ctx.Now });
            });
        }
        else
        {
            var report = new Report
            {
                Code = code, ReporterUserId = userId, ReporterName = person?.Name, DialogId = done.Dialog.Id, AnswersJson = "{}", Date = "",
                SourceEventIdsJson = "[]", CreatedAt = state.StartedAt, ConfirmedAt = ctx.Now, UpdatedAt = ctx.Now,
            };
            ReportBuilder.Fill(report, done.Dialog, state, ctx.Today);
            report.Versions.Add(new ReportVersion { Version = 1, Change = "created", AnswersJson = report.AnswersJson, ChangedBy = userId, ChangedAt = ctx.Now });
            change = TotalsLedger.NewReport(report);
        }
        var days = options.Value.CorrectionWindow.TotalDays;
        var text = state.ReportId is not null
            ? (en ? "✅ Correction saved. Totals now count the corrected report." : "✅ บันทึกการแก้ไขแล้วค่ะ ยอดรวมจะนับตามฉบับที่แก้ไข")
            : en ? $"✅ Report saved. Number: {code}\nThank you! You can correct or withdraw it within {days:0} days: type \"my reports\"."
                 : $"✅ บันทึกรายงานแล้วค่ะ เลขที่ {code}\nขอบคุณที่ช่วยกันดูแลชุมชน 🙏 แก้ไขหรือถอนได้ภายใน {days:0} วัน พิมพ์ \"รายงานของฉัน\"";
        return new TurnResult([new BotMessage(text, Texts.MainMenu(state.Lang))], [change]);
    }

    public async Task<BotMessage> ListAsync(CodiBotDb db, string userId, Lang lang, long now, CancellationToken ct)
    {
        var en = lang == Lang.En;
        var recent = await db.Reports.AsNoTracking().Where(r => r.ReporterUserId == userId)
            .OrderByDescending(r => r.ConfirmedAt).Take(10).Include(r => r.Measures).ToListAsync(ct);
        if (recent.Count == 0)
            return new BotMessage(en ? "You have no reports yet." : "ยังไม่มีรายงานของคุณค่ะ", Texts.MainMenu(lang));
        var lines = new List<string> { en ? "🗂 Your recent reports" : "🗂 รายงานล่าสุดของคุณ" };
        var buttons = new List<Choice>();
        foreach (var r in recent)
        {
            var date = DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var what = string.Join(", ", r.Measures.Take(2).Select(m => m.Item ?? names.Of(m.Category, lang)
                + (m.IsCounted ? $" {AnswerValues.FormatNumber((decimal)m.Quantity)} {(en ? Units.English(m.Unit) : m.Unit)}" : "")));
            var status = r.Status == ReportStatus.Withdrawn ? (en ? " (withdrawn)" : " (ถอนแล้ว)") : r.Version > 1 ? (en ? " (corrected)" : " (แก้ไขแล้ว)") : "";
            lines.Add($"• {r.Code} · {ThaiDates.Format(date, en)} · {catalog.TitleOf(r.DialogId, lang)}{(what.Length > 0 ? " · " + what : "")}{status}");
            if (r.Status == ReportStatus.Active && Correctable(r, now) && buttons.Count < 12)
            {
                buttons.Add(new(en ? $"Edit {r.Code}" : $"แก้ไข {r.Code}", en ? $"edit {r.Code}" : $"แก้ไข {r.Code}"));
                buttons.Add(new(en ? $"Withdraw {r.Code}" : $"ถอน {r.Code}", en ? $"withdraw {r.Code}" : $"ถอน {r.Code}"));
            }
        }
        lines.Add(en ? $"Reports can be corrected or withdrawn for {options.Value.CorrectionWindow.TotalDays:0} days." : $"แก้ไขหรือถอนรายงานได้ภายใน {options.Value.CorrectionWindow.TotalDays:0} วันหลังส่ง");
        return new BotMessage(string.Join("\n", lines), buttons);
    }

    public bool Correctable(Report r, long now) => now - r.ConfirmedAt <= options.Value.CorrectionWindow.TotalMilliseconds;

    /// <summary>The person's own report by code, if they may still change it; otherwise why not.</summary>
    public async Task<(Report? Report, string? Refusal)> OwnAsync(CodiBotDb db, string userId, string code, Lang lang, long now, CancellationToken ct)
    {
        var en = lang == Lang.En;
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code.ToUpperInvariant(), ct);
        if (report is null || report.ReporterUserId != userId)
            return (null, en ? $"I can't find your report {code}. Type \"my reports\" to see them." : $"ไม่พบรายงานเลขที่ {code} ของคุณค่ะ พิมพ์ \"รายงานของฉัน\" เพื่อดูรายการ");
        if (report.Status == ReportStatus.Withdrawn)
            return (null, en ? $"Report {code} was already withdrawn." : $"รายงาน {code} ถอนไปแล้วค่ะ");
        if (!Correctable(report, now))
            return (null, en ? $"Report {code} is older than {options.Value.CorrectionWindow.TotalDays:0} days and can no longer be changed. Please contact CODI staff."
                             : $"รายงาน {code} ส่งมาเกิน {options.Value.CorrectionWindow.TotalDays:0} วันแล้ว แก้ไขไม่ได้ค่ะ กรุณาติดต่อเจ้าหน้าที่ พอช.");
        return (report, null);
    }

    public static StoreChange Withdraw(long reportId, string userId, long now) => new("withdraw report", async (db, ct) =>
    {
        var report = await db.Reports.Include(r => r.Measures).FirstAsync(r => r.Id == reportId, ct);
        await TotalsLedger.ChangeAsync(db, report, r =>
        {
            db.Measures.RemoveRange(r.Measures);
            r.Status = ReportStatus.Withdrawn;
            r.Version++;
            r.UpdatedAt = now;
        }, ct);
        db.ReportVersions.Add(new ReportVersion { ReportId = reportId, Version = report.Version, Change = "withdrawn", AnswersJson = report.AnswersJson, ChangedBy = userId, ChangedAt = now });
    });
}
