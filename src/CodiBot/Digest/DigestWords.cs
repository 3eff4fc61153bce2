using System.Globalization;
using CodiBot.Conversations;
using CodiBot.Thai;

namespace CodiBot.Digest;

/// <summary>The digest's words and figures, shared by its text, altText and Flex forms so they always agree.</summary>
public static class DigestWords
{
    /// <summary>The operation centre that sends the digest (domain.md §5).</summary>
    public const string Centre = "ศปก.โควิด-19 พอช.";
    public const string CentreEnglish = "CODI COVID-19 Operation Centre";

    public static bool En(this DigestView d) => d.Lang == Lang.En;

    /// <summary>"11,000"; fractions keep up to two decimals ("2.5"). Invariant culture: th-TH "N" would give three decimals.</summary>
    public static string Number(double value) => Dialogs.Engine.AnswerValues.FormatNumber(Math.Round((decimal)value, 2));

    public static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Unit(string unit, Lang lang) => lang == Lang.En ? Units.English(unit) : unit;

    /// <summary>"11,000 ชิ้น", or "กว่า 11,000 ชิ้น" when part of it was reported as an estimate.</summary>
    public static string Amount(Amount a, Lang lang)
    {
        var text = $"{Number(a.Quantity)} {Unit(a.Unit, lang)}";
        return a.Approximate > 0 ? (lang == Lang.En ? "over " : "กว่า ") + text : text;
    }

    public static string Amounts(IReadOnlyList<Amount> amounts, Lang lang) => string.Join(", ", amounts.Select(a => Amount(a, lang)));

    public static string Date(DateOnly day, Lang lang) => ThaiDates.Format(day, lang == Lang.En);

    public static string RegionName(Region r, Lang lang) => lang == Lang.En ? Regions.English(r) : Regions.Thai(r);

    public static string Title(DigestView d) => d.En() ? "Daily situation summary" : "สรุปสถานการณ์ประจำวัน";

    /// <summary>"27 มี.ค. 2563 · ภาคใต้"</summary>
    public static string DayLine(DigestView d) =>
        Date(d.Day, d.Lang) + (d.Region is { } r ? " · " + RegionName(r, d.Lang) : d.En() ? " · whole country" : " · ทั้งประเทศ");

    public static string LateMark(DigestView d) => d.En() ? "(sent late)" : "(ส่งล่าช้า)";

    public static string KeyFigures(DigestView d) => d.En()
        ? $"{Plural(d.Reports, "report")} · {Plural(d.Organisations, "organisation")} · {Plural(d.Provinces, "province")}"
        : $"รายงาน {Number(d.Reports)} ฉบับ · {Number(d.Organisations)} องค์กร · {Number(d.Provinces)} จังหวัด";

    public static string NoReports(DigestView d) => d.En()
        ? $"No reports for {Date(d.Day, d.Lang)} yet."
        : $"ยังไม่มีรายงานของวันที่ {Date(d.Day, d.Lang)} ค่ะ";

    public static string CategoriesHeading(DigestView d) => d.En() ? "By activity" : "ยอดตามกิจกรรม";

    /// <summary>"สะสมตั้งแต่ 1 ต.ค. 2562"</summary>
    public static string SinceLine(DigestView d) => d.En() ? $"cumulative since {Date(d.CumulativeSince, d.Lang)}" : $"สะสมตั้งแต่ {Date(d.CumulativeSince, d.Lang)}";

    public static string ReportsCount(int n, Lang lang) => lang == Lang.En ? Plural(n, "report") : $"{Number(n)} รายงาน";

    static string Plural(int n, string noun) => $"{Number(n)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>The day's amounts; "not counted" when the day's reports gave none, "–" when there were none.</summary>
    public static string DayAmounts(CategoryFigures c, Lang lang) =>
        c.Today.Count > 0 ? Amounts(c.Today, lang) : c.ReportsToday > 0 ? (lang == Lang.En ? "not counted" : "ไม่ได้ระบุจำนวน") : "–";

    /// <summary>The cumulative amounts, or the number of reports when the activity was reported without counts.</summary>
    public static string CumulativeAmounts(CategoryFigures c, Lang lang) =>
        (lang == Lang.En ? "total " : "สะสม ") + (c.Cumulative.Count > 0 ? Amounts(c.Cumulative, lang) : c.ReportsSince > 0 ? ReportsCount(c.ReportsSince, lang) : "–");

    public static string RegionsHeading(DigestView d) => d.En() ? "By region" : "รายภาค";

    public static string RegionLine(RegionFigures r, Lang lang) => lang == Lang.En
        ? $"{ReportsCount(r.Reports, lang)} · {Plural(r.Organisations, "organisation")}"
        : $"{ReportsCount(r.Reports, lang)} · {Number(r.Organisations)} องค์กร";

    public static string RegionTop(RegionFigures r, Lang lang) => string.Join(", ", r.Top.Select(t => $"{t.Name} {Amount(t.Amount, lang)}"));

    public static string NotableHeading(DigestView d) => d.En() ? "Largest figures of the day" : "รายงานเด่นของวัน";

    /// <summary>"กองทุนสวัสดิการชุมชนตำบลละแม (จ.ชุมพร)"</summary>
    public static string Who(NotableReport n, Lang lang)
    {
        var org = n.Organisation ?? (lang == Lang.En ? "an organisation" : "ไม่ระบุองค์กร");
        return n.Province is { Length: > 0 } p ? $"{org} ({(lang == Lang.En ? "" : "จ.")}{p})" : org;
    }

    public static string ProgressHeading(DigestView d) =>
        (d.En() ? $"Programme progress, fiscal year {d.FiscalYear - 543}" : $"ความคืบหน้าโครงการ ปีงบประมาณ {d.FiscalYear}")
        + (d.Region is null ? "" : d.En() ? " (whole country)" : " (ทั้งประเทศ)");

    /// <summary>"10,840 จาก 11,500 ครัวเรือน (ร้อยละ 94.26)"</summary>
    public static string ProgressLine(ProgrammeProgress p, Lang lang) => lang == Lang.En
        ? $"{Number(p.Achieved)} of {Number(p.Target)} {Unit(p.Unit, lang)} ({Percent(p.Percent)}%)"
        : $"{Number(p.Achieved)} จาก {Number(p.Target)} {p.Unit} (ร้อยละ {Percent(p.Percent)})";

    public static string AnnouncementsHeading(DigestView d) => d.En() ? "Announcements" : "ประกาศจากศูนย์";

    /// <summary>Shortens long free text between characters, marking the cut.</summary>
    public static string Clip(string text, int max) => Graphemes.Clip(text, max);
}
