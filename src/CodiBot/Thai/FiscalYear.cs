namespace CodiBot.Thai;

/// <summary>
/// The Thai government fiscal year, 1 Oct – 30 Sep, named by the Buddhist year it ends in:
/// ปีงบประมาณ 2563 = 1 Oct 2019 – 30 Sep 2020. Its quarters: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep.
/// </summary>
public static class FiscalYear
{
    /// <summary>The Buddhist-Era fiscal year a day falls in (2020-03-27 → 2563, 2019-10-01 → 2563).</summary>
    public static int Of(DateOnly day) => (day.Month >= 10 ? day.Year + 1 : day.Year) + 543;

    public static DateOnly Start(int buddhistYear) => new(buddhistYear - 543 - 1, 10, 1);
    public static DateOnly End(int buddhistYear) => new(buddhistYear - 543, 9, 30);

    /// <summary>The first day of the fiscal year that contains <paramref name="day"/>.</summary>
    public static DateOnly StartOf(DateOnly day) => Start(Of(day));

    /// <summary>Fiscal quarter 1–4 of a day.</summary>
    public static int QuarterOf(DateOnly day) => day.Month switch { >= 10 => 1, <= 3 => 2, <= 6 => 3, _ => 4 };

    /// <summary>First and last day of quarter 1–4 of a fiscal year.</summary>
    public static (DateOnly From, DateOnly To) Quarter(int buddhistYear, int quarter)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        var from = Start(buddhistYear).AddMonths(3 * (quarter - 1));
        return (from, from.AddMonths(3).AddDays(-1));
    }

    /// <summary>A two-digit Buddhist year as people write it ("ปีงบ 63") to the full year, near <paramref name="today"/>.</summary>
    public static int FullYear(int year, DateOnly today)
    {
        if (year >= 2400) return year;
        if (year >= 1900) return year + 543;
        var century = (today.Year + 543) / 100 * 100;
        var full = century + year;
        return full > today.Year + 543 + 50 ? full - 100 : full;
    }
}
