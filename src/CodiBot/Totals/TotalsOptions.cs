using CodiBot.Thai;

namespace CodiBot.Totals;

/// <summary>Settings shared by totals queries and the digest ("Totals" section).</summary>
public sealed class TotalsOptions
{
    public const string Section = "Totals";

    /// <summary>Cumulative figures count from this day; unset means the start of the current fiscal year.</summary>
    public DateOnly? Since { get; set; }

    public DateOnly CumulativeSince(DateOnly today) => Since ?? FiscalYear.StartOf(today);
}
