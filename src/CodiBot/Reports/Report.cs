namespace CodiBot.Reports;

public enum ReportStatus { Active, Withdrawn }

/// <summary>A confirmed report. Corrections keep its id and code and add a version; totals count the latest.</summary>
public sealed class Report
{
    public long Id { get; set; }
    /// <summary>Short code people see and type ("แก้ไข K7P2Q").</summary>
    public required string Code { get; set; }
    public string? ReporterUserId { get; set; }
    public string? ReporterName { get; set; }
    public long? OrganisationId { get; set; }
    public string? OrganisationName { get; set; }
    public string? Province { get; set; }
    public string? Region { get; set; }
    public required string DialogId { get; set; }
    public int DialogVersion { get; set; }
    public required string AnswersJson { get; set; }
    /// <summary>The day the work was done (Bangkok), ISO yyyy-MM-dd.</summary>
    public required string Date { get; set; }
    public ReportStatus Status { get; set; }
    public int Version { get; set; } = 1;
    public required string SourceEventIdsJson { get; set; }
    public long CreatedAt { get; set; }
    public long ConfirmedAt { get; set; }
    public long UpdatedAt { get; set; }
    public List<Measure> Measures { get; set; } = [];
    public List<ReportPhoto> Photos { get; set; } = [];
    public List<ReportVersion> Versions { get; set; } = [];
}

/// <summary>A countable fact of a report: category, quantity and unit, with where and when, for totals.</summary>
public sealed class Measure
{
    /// <summary>The unit of a measure that only says the activity was done, uncounted: it counts one report of its category and no amount.</summary>
    public const string NotCounted = "";

    public bool IsCounted => Unit != NotCounted;

    public long Id { get; set; }
    public long ReportId { get; set; }
    public required string Category { get; set; }
    public required string Unit { get; set; }
    public double Quantity { get; set; }
    public bool Approximate { get; set; }
    public string? Item { get; set; }
    public required string Date { get; set; }
    public string? Province { get; set; }
    public string? Region { get; set; }
    public long? OrganisationId { get; set; }
}

public sealed class ReportPhoto
{
    public long ReportId { get; set; }
    /// <summary>1-based position, as in /api/reports/{id}/photos/{n}.</summary>
    public int N { get; set; }
    public required string Key { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
}

/// <summary>Every version of a report as it was, so a correction or withdrawal never loses what was said.</summary>
public sealed class ReportVersion
{
    public long ReportId { get; set; }
    public int Version { get; set; }
    public required string Change { get; set; }
    public required string AnswersJson { get; set; }
    public string? ChangedBy { get; set; }
    public long ChangedAt { get; set; }
}

/// <summary>A photo sent outside a report, waiting a while for the person's next report.</summary>
public sealed class HeldPhoto
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Key { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public string? MessageId { get; set; }
    public long ExpiresAt { get; set; }
}
