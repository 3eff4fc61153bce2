using CodiBot.Conversations;
using CodiBot.Thai;

namespace CodiBot.Digest;

/// <summary>
/// One Bangkok day's situation digest, whole country or one region, as plain data: the LINE adapter draws it as
/// Flex, <see cref="DigestText"/> writes it as text. It knows nothing of LINE.
/// </summary>
public sealed record DigestView
{
    public required DateOnly Day { get; init; }
    public required Lang Lang { get; init; }
    /// <summary>Null for the whole country.</summary>
    public Region? Region { get; init; }
    /// <summary>Sent after downtime, not at the scheduled time: marked "(ส่งล่าช้า)".</summary>
    public bool Late { get; init; }
    public int Reports { get; init; }
    public int Organisations { get; init; }
    public int Provinces { get; init; }
    /// <summary>Cumulative figures count from this day (Totals:Since, else the fiscal year's start).</summary>
    public DateOnly CumulativeSince { get; init; }
    /// <summary>Activity categories with figures today or since <see cref="CumulativeSince"/>, busiest today first.</summary>
    public IReadOnlyList<CategoryFigures> Categories { get; init; } = [];
    /// <summary>The day per region; empty in a region's digest.</summary>
    public IReadOnlyList<RegionFigures> Regions { get; init; } = [];
    public IReadOnlyList<NotableReport> Notable { get; init; } = [];
    /// <summary>Fiscal year whose programme targets <see cref="Progress"/> measures against.</summary>
    public int FiscalYear { get; init; }
    public IReadOnlyList<ProgrammeProgress> Progress { get; init; } = [];
    public IReadOnlyList<DigestAnnouncement> Announcements { get; init; } = [];
}

/// <summary>A quantity in one unit; <see cref="Approximate"/> is the part reported as "กว่า"/"ประมาณ".</summary>
public sealed record Amount(string Unit, double Quantity, double Approximate = 0);

/// <summary>An activity category's figures: today's reports and amounts, and the cumulative amounts and reports.
/// An activity reported without a count adds to the reports and not to the amounts.</summary>
public sealed record CategoryFigures(string Category, string Name, int ReportsToday, IReadOnlyList<Amount> Today, IReadOnlyList<Amount> Cumulative, int ReportsSince = 0);

/// <summary>One region's day; <see cref="Top"/> names its largest activities.</summary>
public sealed record RegionFigures(Region Region, int Reports, int Organisations, IReadOnlyList<(string Name, Amount Amount)> Top);

/// <summary>One of the day's largest single figures, with who reported it and where.</summary>
public sealed record NotableReport(string CategoryName, Amount Amount, string? Organisation, string? Province, string? Code);

/// <summary>A programme indicator against its annual target.</summary>
public sealed record ProgrammeProgress(string Name, string Unit, double Achieved, double Target)
{
    public double Percent => Target > 0 ? Achieved * 100 / Target : 0;
}

public sealed record DigestAnnouncement(string Text, string? Author);
