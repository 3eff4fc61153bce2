using CodiBot.Conversations;
using CodiBot.Dialogs.Engine;
using CodiBot.Thai;
using CodiBot.Totals;

namespace CodiBot.Queries;

/// <summary>
/// Writes an answer that says exactly what was counted: the categories by name, the place, the period with its
/// Buddhist-Era dates, the total per unit, the reports and organisations counted, and how much was approximate.
/// </summary>
public sealed class TotalsAnswerText(TotalsVocabulary words)
{
    public string Write(TotalsQuestion question, TotalsAnswer answer, string placeName, Lang lang)
    {
        var en = lang == Lang.En;
        var keys = question.Categories.Count > 0 ? question.Categories : AllKeys(answer);
        var (what, common) = WhatName(question.Categories, lang);
        var lines = new List<string>
        {
            (en ? "📊 Totals: " : "📊 ยอด") + what,
            (en ? "Where: " : "พื้นที่: ") + placeName,
            (en ? "When: " : "ช่วงเวลา: ") + PeriodName(question.Period, lang),
        };

        var counted = keys
            .Select(k => (Key: k, Totals: answer.Totals.Where(t => t.Category == k && t.Unit.Length > 0 && t.Quantity != 0).ToList()))
            .Where(c => c.Totals.Count > 0).ToList();
        // Activities reported without counts ("ตั้งจุดคัดกรอง 12 รายงาน") are named with their reports.
        var uncounted = keys.Where(k => counted.All(c => c.Key != k))
            .Select(k => answer.PerCategory.FirstOrDefault(c => c.Category == k)).OfType<CategoryCount>().Where(c => c.Reports > 0).ToList();
        var reports = answer.Reports ?? answer.PerCategory.Where(c => keys.Contains(c.Category)).Sum(c => c.Reports);
        if (counted.Count == 0 && reports == 0)
        {
            lines.Add(en ? "No reports yet for this. 🙏 Try another period or place." : "ยังไม่มีรายงานในช่วงนี้ค่ะ 🙏 ลองถามช่วงเวลาหรือพื้นที่อื่นได้นะคะ");
            return string.Join("\n", lines);
        }

        // Without an exact overall count (several categories asked), each line says its own.
        var several = answer.Reports is null;
        foreach (var (key, totals) in counted)
        {
            var amounts = string.Join(", ", totals.Select(t => Amount(t.Quantity, t.Unit, lang)));
            var line = "• " + Shorter(words.NameOf(key, lang), common) + " " + amounts;
            if (several && answer.PerCategory.FirstOrDefault(c => c.Category == key) is { } count)
                line += $" ({Reports(count.Reports, en)})";
            lines.Add(line);
        }
        foreach (var c in uncounted)
            lines.Add("• " + Shorter(words.NameOf(c.Category, lang), common) + " " + Reports(c.Reports, en) + (en ? " (not counted)" : " (ไม่ได้ระบุจำนวน)"));
        var organisations = en ? $"{answer.Organisations:N0} organisation{(answer.Organisations == 1 ? "" : "s")}" : $"{answer.Organisations:N0} องค์กร";
        lines.Add(answer.Reports is { } n
            ? (en ? $"Counted from {Reports(n, en)} by {organisations}" : $"นับจาก {Reports(n, en)} ของ {organisations}")
            : (en ? $"Counted from the reports of {organisations}" : $"นับจากรายงานของ {organisations}"));

        var approximate = counted.SelectMany(c => c.Totals.Where(t => t.Approximate > 0).Select(t => (c.Key, t))).ToList();
        if (approximate.Count == 1 && counted.Sum(c => c.Totals.Count) == 1)
            lines.Add(en ? $"Of this, {Amount(approximate[0].t.Approximate, approximate[0].t.Unit, lang)} was reported as approximate (\"more than\" or \"about\")."
                : $"ในจำนวนนี้ {Amount(approximate[0].t.Approximate, approximate[0].t.Unit, lang)}เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ)");
        else if (approximate.Count > 0)
            lines.Add((en ? "Of this, reported as approximate (\"more than\" or \"about\"): " : "ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ")
                + string.Join(", ", approximate.Select(a => Shorter(words.NameOf(a.Key, lang), common) + " " + Amount(a.t.Approximate, a.t.Unit, lang))));
        return string.Join("\n", lines);
    }

    /// <summary>Every category of an answer to "everything", in the forms' order; item keys ("food_relief:ข้าวสาร") are parts of their category.</summary>
    IReadOnlyList<string> AllKeys(TotalsAnswer answer)
    {
        var present = answer.Totals.Select(t => t.Category).Concat(answer.PerCategory.Select(c => c.Category))
            .Where(k => k != "*" && !k.Contains(':')).ToHashSet();
        return words.Keys.Where(present.Contains).Concat(present.Where(k => !words.Keys.Contains(k)).Order(StringComparer.Ordinal)).ToList();
    }

    /// <summary>The heading's name for what was counted; a programme's indicators share its name ("บ้านมั่นคง"), which
    /// then is left out of each line.</summary>
    (string Name, string? Common) WhatName(IReadOnlyList<string> keys, Lang lang)
    {
        if (keys.Count == 0) return (lang == Lang.En ? "everything" : "ทุกกิจกรรม", null);
        var names = keys.Select(k => words.NameOf(k, lang)).ToList();
        var first = names[0].IndexOf(": ", StringComparison.Ordinal);
        if (names.Count > 1 && first > 0 && names.All(n => n.StartsWith(names[0][..(first + 2)], StringComparison.Ordinal)))
            return (names[0][..first], names[0][..(first + 2)]);
        return (string.Join(lang == Lang.En ? " and " : " และ", names.Distinct()), null);
    }

    static string Shorter(string name, string? common) => common is not null && name.StartsWith(common, StringComparison.Ordinal) ? name[common.Length..] : name;

    static string Reports(int n, bool en) => en ? $"{n:N0} report{(n == 1 ? "" : "s")}" : $"{n:N0} รายงาน";

    public static string Amount(double quantity, string unit, Lang lang) =>
        AnswerValues.FormatNumber(Math.Round((decimal)quantity, 2)) + " " + (lang == Lang.En ? Units.English(unit) : unit);

    public static string PlaceName(Place place, IReadOnlyDictionary<long, string> organisations, Lang lang)
    {
        var en = lang == Lang.En;
        switch (place.Kind)
        {
            case PlaceKind.Region when Regions.TryParse(place.Id, out var region):
                return en ? Regions.English(region) + " region" : Regions.Thai(region);
            case PlaceKind.Province:
                return en ? (Provinces.Find(place.Id)?.English ?? place.Id) + " province" : "จ." + place.Id;
            case PlaceKind.Organisations:
                var names = (place.OrganisationIds ?? []).Select(id => organisations.GetValueOrDefault(id, $"#{id}")).ToList();
                var shown = string.Join(", ", names.Take(3));
                return names.Count <= 3 ? shown : shown + (en ? $" and {names.Count - 3} more" : $" และอีก {names.Count - 3} องค์กร");
            default:
                return en ? "the whole country" : "ทั่วประเทศ";
        }
    }

    /// <summary>"สัปดาห์นี้ (6 เม.ย. 2563 – 9 เม.ย. 2563)": the period as asked, then its exact days.</summary>
    public static string PeriodName(Period period, Lang lang)
    {
        var en = lang == Lang.En;
        string Day(DateOnly d) => ThaiDates.Format(d, en);
        var days = period.From == period.To ? Day(period.From) : $"{Day(period.From)} – {Day(period.To)}";
        var fy = FiscalYear.Of(period.From);
        var month = Day(period.From).Split(' ', 2)[1];
        var name = period.Kind switch
        {
            PeriodKind.Today => en ? "today" : "วันนี้",
            PeriodKind.Yesterday => en ? "yesterday" : "เมื่อวาน",
            PeriodKind.ThisWeek => en ? "this week" : "สัปดาห์นี้",
            PeriodKind.LastWeek => en ? "last week" : "สัปดาห์ที่แล้ว",
            PeriodKind.ThisMonth => en ? "this month" : "เดือนนี้",
            PeriodKind.LastMonth => en ? "last month" : "เดือนที่แล้ว",
            PeriodKind.Month => en ? month : "เดือน " + month,
            // A quarter or fiscal year is named by its number, "this" or "last" alike: the number is what reports use.
            PeriodKind.ThisQuarter or PeriodKind.LastQuarter or PeriodKind.Quarter =>
                en ? $"Q{period.Number} of fiscal year {fy}" : $"ไตรมาส {period.Number} ปีงบประมาณ {fy}",
            PeriodKind.ThisFiscalYear or PeriodKind.LastFiscalYear or PeriodKind.FiscalYear => en ? $"fiscal year {fy}" : $"ปีงบประมาณ {fy}",
            PeriodKind.ThisYear => en ? "this year" : "ปีนี้",
            PeriodKind.Year => en ? $"the year {period.From.Year}" : $"ปี {period.Number}",
            PeriodKind.LastDays => en ? $"the last {period.Number} days" : $"{period.Number} วันที่ผ่านมา",
            PeriodKind.Cumulative => en ? "cumulative" : "ยอดสะสม",
            _ => null,
        };
        return name is null ? days : $"{name} ({days})";
    }
}
