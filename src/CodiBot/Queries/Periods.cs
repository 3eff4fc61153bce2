using System.Globalization;
using System.Text.RegularExpressions;
using CodiBot.Thai;

namespace CodiBot.Queries;

public enum PeriodKind
{
    Cumulative, Today, Yesterday, Day, ThisWeek, LastWeek, ThisMonth, LastMonth, Month, ThisQuarter, LastQuarter, Quarter,
    ThisFiscalYear, LastFiscalYear, FiscalYear, ThisYear, Year, LastDays, Range, Since, Until,
}

/// <summary>A period asked about: its kind (for naming it back), its Bangkok days, and the quarter or number of days it names.</summary>
public sealed record Period(PeriodKind Kind, DateOnly From, DateOnly To, int Number = 0);

/// <summary>
/// Reads when a question is about: วันนี้, สัปดาห์นี้ (Monday to today), "เดือน เม.ย. 63", "ไตรมาส 2 ปีงบ 63", "ปีงบ 63",
/// "ตั้งแต่ 1 เม.ย. 63 ถึง 9 เม.ย. 63", "1-9 เม.ย. 63", "7 วันที่ผ่านมา", and the English equivalents.
/// Two-digit years are Buddhist; periods end today at the latest, as nothing later can have been reported.
/// </summary>
internal static class Periods
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    const string Year = @"(?:\s?(?:พ\.?\s?ศ\.?|ปี|of)?\s?(?<year>\d{4}|\d{2})(?!\d))?";
    static readonly string Month = "(?<month>" + ThaiMonths.Pattern + ")";
    const string FiscalWords = @"(?:ปีงบประมาณ|ปีงบ\.?|fiscal year|(?<![a-z])fy)";

    static readonly Regex LastDays = new(@"ย้อนหลัง\s?(?<n>\d{1,3})\s?วัน|(?<n>\d{1,3})\s?วัน\s?(?:ที่ผ่านมา|ล่าสุด|หลังสุด|ย้อนหลัง)|(?:last|past)\s(?<n>\d{1,3})\s?days?", Options);
    static readonly Regex QuarterNumber = new(
        @"(?:ไตรมาส\s?(?:ที่\s?)?|quarter\s?|(?<![a-z])q)(?<q>[1-4])(?!\d)(?:\s?(?:/|ของ|of)?\s?(?:" + FiscalWords + @"|ปี)?\s?(?:พ\.?\s?ศ\.?\s?)?(?<year>\d{4}|\d{2})(?!\d))?", Options);
    static readonly Regex FiscalYearNumber = new(FiscalWords + @"\s?(?:พ\.?\s?ศ\.?\s?)?(?<year>\d{4}|\d{2})(?!\d)", Options);
    static readonly Regex DaysOfMonth = new(
        @"(?:(?:ตั้งแต่|from|between)\s?)?(?:วันที่\s?)?(?<![\d.,/])(?<d1>\d{1,2})\s?(?:-|ถึง|to|and)\s?(?<d2>\d{1,2})\s?(?:เดือน\s?)?" + Month + Year, Options);
    static readonly Regex Date = new(
        @"(?<![\d.,/])(?<day>\d{1,2})(?:st|nd|rd|th)?\s?(?:of\s)?(?:เดือน\s?)?" + Month + Year
        + @"|(?<![\d.,/-])(?<iso>\d{4}-\d{1,2}-\d{1,2})(?!\d)|(?<![\d.,/-])(?<slashed>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?!\d)", Options);
    static readonly Regex MonthName = new(@"(?:เดือน\s?)?" + Month + Year, Options);
    static readonly Regex CalendarYear = new(@"(?:ปี\s?(?:พ\.?\s?ศ\.?\s?)?|in\s|year\s)(?<year>\d{4})(?!\d)", Options);

    static readonly string[] RangeLinks = ["", "-", "ถึง", "จนถึง", "ถึงวันที่", "จนถึงวันที่", "to", "until", "till", "and"];
    static readonly string[] SinceWords = ["ตั้งแต่วันที่", "ตั้งแต่", "เริ่ม", "from", "since", "between"];
    static readonly string[] UntilWords = ["จนถึงวันที่", "ถึงวันที่", "จนถึง", "ถึง", "until", "up to", "to"];

    // Longest first within each kind so "เมื่อวานนี้" is read whole.
    static readonly (PeriodKind Kind, string[] Words)[] Relative =
    [
        (PeriodKind.ThisFiscalYear, ["ปีงบประมาณนี้", "ปีงบประมาณปัจจุบัน", "ปีงบนี้", "this fiscal year", "this fy"]),
        (PeriodKind.LastFiscalYear, ["ปีงบประมาณที่แล้ว", "ปีงบประมาณก่อน", "ปีงบที่แล้ว", "ปีงบก่อน", "last fiscal year", "last fy"]),
        (PeriodKind.ThisQuarter, ["ไตรมาสนี้", "this quarter"]),
        (PeriodKind.LastQuarter, ["ไตรมาสที่แล้ว", "ไตรมาสก่อน", "last quarter"]),
        (PeriodKind.ThisYear, ["ปีนี้", "this year"]),
        (PeriodKind.ThisMonth, ["เดือนนี้", "this month"]),
        (PeriodKind.LastMonth, ["เดือนที่แล้ว", "เดือนก่อน", "last month"]),
        (PeriodKind.ThisWeek, ["สัปดาห์นี้", "อาทิตย์นี้", "this week"]),
        (PeriodKind.LastWeek, ["สัปดาห์ที่แล้ว", "สัปดาห์ก่อน", "อาทิตย์ที่แล้ว", "อาทิตย์ก่อน", "last week"]),
        (PeriodKind.Yesterday, ["เมื่อวานนี้", "เมื่อวาน", "วานนี้", "yesterday"]),
        (PeriodKind.Today, ["วันนี้", "today"]),
        (PeriodKind.Cumulative, ["ยอดสะสม", "สะสม", "ตั้งแต่ต้นปีงบประมาณ", "ตั้งแต่ต้นปีงบ", "so far", "to date", "cumulative"]),
    ];

    /// <summary>The period the text names, with its words marked as read; null when none is named.
    /// <paramref name="invalid"/> is set when a period is written but impossible (31 ก.พ., ไตรมาส 5).
    /// A period that has not begun is returned whole (the caller says so); others end today at the latest.</summary>
    public static Period? Read(TextSpans text, DateOnly today, DateOnly cumulativeSince, out bool invalid)
    {
        invalid = false;
        var period = ReadAny(text, today, cumulativeSince, ref invalid);
        if (period is null || period.From > today) return period;
        return period.To > today ? period with { To = today } : period;
    }

    static Period? ReadAny(TextSpans text, DateOnly today, DateOnly cumulativeSince, ref bool invalid)
    {
        if (text.TakeFirst(LastDays) is { } last)
        {
            var n = Int(last.Groups["n"].Value);
            if (n is < 1 or > 3660) { invalid = true; return null; }
            return new Period(PeriodKind.LastDays, today.AddDays(1 - n), today, n);
        }
        if (text.TakeFirst(QuarterNumber) is { } quarter)
        {
            var fy = quarter.Groups["year"].Success ? FiscalYear.FullYear(Int(quarter.Groups["year"].Value), today) : FiscalYear.Of(today);
            var (from, to) = FiscalYear.Quarter(fy, Int(quarter.Groups["q"].Value));
            return new Period(PeriodKind.Quarter, from, to, Int(quarter.Groups["q"].Value));
        }
        if (text.TakeFirst(FiscalYearNumber) is { } fiscal)
        {
            var fy = FiscalYear.FullYear(Int(fiscal.Groups["year"].Value), today);
            return new Period(PeriodKind.FiscalYear, FiscalYear.Start(fy), FiscalYear.End(fy), fy);
        }
        if (Dates(text, today, cumulativeSince, ref invalid) is { } dates) return dates;
        if (invalid) return null;
        if (text.TakeFirst(MonthName) is { } month)
        {
            var m = ThaiMonths.Number(month.Groups["month"].Value);
            var first = month.Groups["year"].Success
                ? new DateOnly(FullYear(month.Groups["year"].Value, today), m, 1)
                : Enumerable.Range(0, 2).Select(back => new DateOnly(today.Year - back, m, 1)).First(d => d <= today);
            return new Period(PeriodKind.Month, first, first.AddMonths(1).AddDays(-1));
        }
        if (text.TakeFirst(CalendarYear) is { } year)
        {
            var y = FullYear(year.Groups["year"].Value, today);
            return new Period(PeriodKind.Year, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), y + 543);
        }
        foreach (var (kind, words) in Relative)
            foreach (var word in words)
                if (TakeWord(text, word))
                    return Named(kind, today, cumulativeSince);
        return null;
    }

    static Period Named(PeriodKind kind, DateOnly today, DateOnly cumulativeSince)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var month = new DateOnly(today.Year, today.Month, 1);
        var fy = FiscalYear.Of(today);
        var quarter = FiscalYear.QuarterOf(today);
        return kind switch
        {
            PeriodKind.Today => new(kind, today, today),
            PeriodKind.Yesterday => new(kind, today.AddDays(-1), today.AddDays(-1)),
            PeriodKind.ThisWeek => new(kind, monday, today),
            PeriodKind.LastWeek => new(kind, monday.AddDays(-7), monday.AddDays(-1)),
            PeriodKind.ThisMonth => new(kind, month, today),
            PeriodKind.LastMonth => new(kind, month.AddMonths(-1), month.AddDays(-1)),
            PeriodKind.ThisQuarter => Quarter(kind, fy, quarter),
            PeriodKind.LastQuarter => quarter == 1 ? Quarter(kind, fy - 1, 4) : Quarter(kind, fy, quarter - 1),
            PeriodKind.ThisFiscalYear => new(kind, FiscalYear.Start(fy), today, fy),
            PeriodKind.LastFiscalYear => new(kind, FiscalYear.Start(fy - 1), FiscalYear.End(fy - 1), fy - 1),
            PeriodKind.ThisYear => new(kind, new DateOnly(today.Year, 1, 1), today, today.Year + 543),
            _ => new(PeriodKind.Cumulative, cumulativeSince, today),
        };
    }

    static Period Quarter(PeriodKind kind, int fiscalYear, int quarter)
    {
        var (from, to) = FiscalYear.Quarter(fiscalYear, quarter);
        return new Period(kind, from, to, quarter);
    }

    /// <summary>"1-9 เม.ย. 63", "ตั้งแต่ 1 เม.ย. 63 ถึง 9 เม.ย. 63", "ตั้งแต่ 1 เม.ย. 63" (to today), "ถึง 9 เม.ย." (from the
    /// cumulative start) or one day. A range's first date may leave out the year the second one gives.</summary>
    static Period? Dates(TextSpans text, DateOnly today, DateOnly cumulativeSince, ref bool invalid)
    {
        var found = Date.Matches(text.Text).Where(m => text.IsFree(m.Index, m.Index + m.Length)).Take(2).ToList();
        var s = text.Text;
        if (found.Count == 2 && RangeLinks.Contains(s[(found[0].Index + found[0].Length)..found[1].Index].Trim()))
        {
            var to = DateOf(found[1], today, null);
            var from = DateOf(found[0], today, to);
            if (from is null || to is null || from > to) { invalid = true; return null; }
            text.Take(WordBefore(s, found[0].Index, SinceWords), found[1].Index + found[1].Length);
            return new Period(PeriodKind.Range, from.Value, to.Value);
        }
        if (text.TakeFirst(DaysOfMonth) is { } days)
        {
            var m = ThaiMonths.Number(days.Groups["month"].Value);
            var y = days.Groups["year"].Success ? FullYear(days.Groups["year"].Value, today) : LatestYear(m, Int(days.Groups["d1"].Value), today);
            var from = Make(y, m, Int(days.Groups["d1"].Value));
            var to = Make(y, m, Int(days.Groups["d2"].Value));
            if (from is null || to is null || from > to) { invalid = true; return null; }
            return new Period(PeriodKind.Range, from.Value, to.Value);
        }
        if (found.Count == 0) return null;
        var one = found[0];
        if (DateOf(one, today, null) is not { } day) { invalid = true; return null; }
        var end = one.Index + one.Length;
        if (WordBefore(s, one.Index, SinceWords) is var since && since < one.Index)
        {
            text.Take(since, end);
            return new Period(PeriodKind.Since, day, today);
        }
        if (WordBefore(s, one.Index, UntilWords) is var until && until < one.Index)
        {
            text.Take(until, end);
            return new Period(PeriodKind.Until, cumulativeSince, day);
        }
        text.Take(one.Index, end);
        return new Period(PeriodKind.Day, day, day);
    }

    /// <summary>A date match as a day; without a year it takes the year of <paramref name="rangeEnd"/> (or the latest
    /// such day up to today).</summary>
    static DateOnly? DateOf(Match m, DateOnly today, DateOnly? rangeEnd)
    {
        if (!m.Groups["month"].Success)
            return ThaiDates.TryParse(m.Value, today, out var d) ? d : null;
        var month = ThaiMonths.Number(m.Groups["month"].Value);
        var day = Int(m.Groups["day"].Value);
        if (m.Groups["year"].Success) return Make(FullYear(m.Groups["year"].Value, today), month, day);
        if (rangeEnd is { } end)
            return Make(end.Year, month, day) is { } same && same <= end ? same : Make(end.Year - 1, month, day);
        return Make(LatestYear(month, day, today), month, day);
    }

    static int LatestYear(int month, int day, DateOnly today) =>
        Make(today.Year, month, day) is { } d && d <= today ? today.Year : today.Year - 1;

    /// <summary>Where one of <paramref name="words"/> starts when it stands right before <paramref name="index"/>; else index.</summary>
    static int WordBefore(string s, int index, string[] words)
    {
        var end = index > 0 && s[index - 1] == ' ' ? index - 1 : index;
        foreach (var w in words)
            if (end >= w.Length && string.CompareOrdinal(s, end - w.Length, w, 0, w.Length) == 0) return end - w.Length;
        return index;
    }

    /// <summary>Marks a word; Latin words must stand alone ("today" not inside "todays"), Thai ones need not.</summary>
    static bool TakeWord(TextSpans text, string word)
    {
        var s = text.Text;
        for (var i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = s.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var latin = ThaiChars.IsLatinLetter(word[0]);
            if (latin && !(ThaiChars.IsEdge(s, i - 1) && ThaiChars.IsEdge(s, i + word.Length))) continue;
            if (text.Take(i, i + word.Length)) return true;
        }
        return false;
    }

    /// <summary>A written year as a Christian year: "63" and "2563" are Buddhist, "2020" Christian.</summary>
    static int FullYear(string written, DateOnly today)
    {
        var y = Int(written);
        return written.Length == 2 ? FiscalYear.FullYear(y, today) - 543 : y > 2400 ? y - 543 : y;
    }

    static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
