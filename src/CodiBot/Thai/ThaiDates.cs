using System.Text.RegularExpressions;

namespace CodiBot.Thai;

/// <summary>Reads the dates people give for a report and writes dates back in Thai (Buddhist Era) or English.</summary>
public static class ThaiDates
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    static readonly Regex Iso = new(@"(?<![\d.,/-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])", Options);
    static readonly Regex Numeric = new(@"(?<![\d.,/-])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d])", Options);
    static readonly Regex DayMonthSlash = new(@"(?<![\d.,/-])(\d{1,2})/(\d{1,2})(?![\d/])", Options);
    static readonly Regex DayMonthName = new(
        @"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s?(?:of\s)?(?:เดือน\s?)?(" + ThaiMonths.Pattern + @")\s?,?\s?(?:(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|ปี)\s?)?(\d{4}|\d{2})?(?![\d])", Options);
    static readonly Regex MonthNameDay = new(
        @"(?<![A-Za-z])(" + ThaiMonths.Pattern + @")\s(\d{1,2})(?:st|nd|rd|th)?(?![\d])(?:,?\s(\d{4}))?", Options);
    static readonly Regex DaysAgo = new(@"(\d{1,2})\s?(?:วันก่อน|วันที่แล้ว|วันที่ผ่านมา|days? ago)", Options);

    // Checked longest first: "เมื่อวานซืน" before "เมื่อวาน".
    static readonly (string Word, int Days)[] Relative =
    [
        ("day before yesterday", -2), ("เมื่อวานซืน", -2), ("วานซืน", -2), ("yesterday", -1), ("เมื่อวาน", -1), ("วานนี้", -1),
        ("today", 0), ("วันนี้", 0), ("tomorrow", 1), ("พรุ่งนี้", 1),
    ];

    /// <summary>Finds a date in the text. Two-digit years are Buddhist (63 → 2563 → 2020); four-digit years above
    /// 2400 are Buddhist; with no year, the latest such date not after <paramref name="today"/>. Impossible dates
    /// (31 ก.พ.) and "ก.พ.ร." give false.</summary>
    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var s = ThaiText.Normalize(text);
        if (s.Length == 0) return false;

        var candidates = new List<(int Index, Func<DateOnly?> Read)>();
        if (Iso.Match(s) is { Success: true } iso)
            candidates.Add((iso.Index, () => Make(Int(iso, 1), Int(iso, 2), Int(iso, 3))));
        if (Numeric.Match(s) is { Success: true } num)
            candidates.Add((num.Index, () => DayMonthYear(Int(num, 1), Int(num, 3), num.Groups[4].Value, today)));
        if (DayMonthName.Match(s) is { Success: true } dm)
            candidates.Add((dm.Index, () => WithYear(Int(dm, 1), ThaiMonths.Number(dm.Groups[2].Value), dm.Groups[3].Value, today, dm.Value.Contains("ค.ศ") || dm.Value.Contains("ค. ศ"))));
        if (MonthNameDay.Match(s) is { Success: true } md)
            candidates.Add((md.Index, () => WithYear(Int(md, 2), ThaiMonths.Number(md.Groups[1].Value), md.Groups[3].Value, today, false)));
        if (DayMonthSlash.Match(s) is { Success: true } slash && candidates.Count == 0)
            candidates.Add((slash.Index, () => Latest(Int(slash, 1), Int(slash, 2), today)));

        if (candidates.Count > 0)
        {
            // The first date written wins; an impossible one is an error, not a reason to look further.
            var found = candidates.OrderBy(c => c.Index).First().Read();
            if (found is null) return false;
            date = found.Value;
            return true;
        }

        if (DaysAgo.Match(s) is { Success: true } ago)
        {
            date = today.AddDays(-Int(ago, 1));
            return true;
        }
        var lower = s.ToLowerInvariant();
        foreach (var (word, days) in Relative)
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                date = today.AddDays(days);
                return true;
            }
        return false;
    }

    /// <summary>Thai short form with the Buddhist year: "27 มี.ค. 2563".</summary>
    public static string Format(DateOnly date) => $"{date.Day} {ThaiMonths.ThaiAbbreviations[date.Month - 1]} {date.Year + 543}";

    /// <summary>English short form: "27 Mar 2020".</summary>
    /// <summary>"27 มี.ค. 2563", or "27 Mar 2020" for English speakers.</summary>
    public static string Format(DateOnly date, bool english) => english ? FormatEnglish(date) : Format(date);

    public static string FormatEnglish(DateOnly date) => $"{date.Day} {ThaiMonths.EnglishAbbreviations[date.Month - 1]} {date.Year}";

    static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Day first as Thais write it; "3/27/2020" (month first) is read only when the day cannot be a month.</summary>
    static DateOnly? DayMonthYear(int first, int second, string year, DateOnly today)
    {
        if (second > 12 && first <= 12) (first, second) = (second, first);
        return WithYear(first, second, year, today, false);
    }

    static DateOnly? WithYear(int day, int month, string year, DateOnly today, bool christianEra)
    {
        if (month == 0) return null;
        if (year.Length == 0) return Latest(day, month, today);
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        return Make(FullYear(y, year.Length, today, christianEra), month, day);
    }

    /// <summary>"63" is 2563 BE = 2020. Only when that lands decades back and the Christian reading is this year or
    /// next ("27/3/26" typed in 2026) is a two-digit year read as Christian.</summary>
    static int FullYear(int y, int digits, DateOnly today, bool christianEra)
    {
        if (digits == 4) return y > 2400 ? y - 543 : y;
        if (christianEra) return 2000 + y;
        var buddhist = 2500 + y - 543;
        var christian = 2000 + y;
        return buddhist < today.Year - 30 && Math.Abs(christian - today.Year) <= 1 ? christian : buddhist;
    }

    /// <summary>The latest date with this day and month that is not after today (29 ก.พ. looks back to a leap year).</summary>
    static DateOnly? Latest(int day, int month, DateOnly today)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        for (var y = today.Year; y > today.Year - 8; y--)
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) <= today)
                return new DateOnly(y, month, day);
        return null;
    }

    static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
