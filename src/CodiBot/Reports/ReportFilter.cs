using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CodiBot.Thai;

namespace CodiBot.Reports;

/// <summary>A query-string value that cannot be used; the 400 answer names <see cref="Parameter"/>.</summary>
public sealed record FilterError(string Parameter, string Message);

/// <summary>The filters and paging of <c>GET /api/reports</c>, read from the query string. An empty value means "no filter".</summary>
public sealed record ReportFilter
{
    public const int DefaultLimit = 100, MaxLimit = 1000;

    /// <summary>Inclusive bounds on <see cref="Report.Date"/>, ISO yyyy-MM-dd (compares as text).</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Region { get; init; }
    public string? Province { get; init; }
    public string? Category { get; init; }
    public long? OrganisationId { get; init; }
    /// <summary>A case-insensitive part of the organisation's name.</summary>
    public string? OrganisationName { get; init; }
    /// <summary>Null means all.</summary>
    public ReportStatus? Status { get; init; } = ReportStatus.Active;
    public int Limit { get; init; } = DefaultLimit;
    /// <summary>Only reports with a larger id: the <c>next</c> cursor of the previous page.</summary>
    public long? After { get; init; }

    public static bool TryParse(IQueryCollection query, [NotNullWhen(true)] out ReportFilter? filter, [NotNullWhen(false)] out FilterError? error)
    {
        try
        {
            filter = Read(query);
            error = null;
            return true;
        }
        catch (BadValue e)
        {
            filter = null;
            error = new FilterError(e.Parameter, e.Message);
            return false;
        }
    }

    public IQueryable<Report> Apply(IQueryable<Report> reports)
    {
        if (Status is { } status) reports = reports.Where(r => r.Status == status);
        if (From is { } from) reports = reports.Where(r => string.Compare(r.Date, from) >= 0);
        if (To is { } to) reports = reports.Where(r => string.Compare(r.Date, to) <= 0);
        if (Region is { } region) reports = reports.Where(r => r.Region == region);
        if (Province is { } province) reports = reports.Where(r => r.Province == province);
        if (Category is { } category) reports = reports.Where(r => r.Measures.Any(m => m.Category == category));
        if (OrganisationId is { } organisationId) reports = reports.Where(r => r.OrganisationId == organisationId);
        if (OrganisationName is { } name)
        {
            // Thai has no case; lower() folds the Latin letters in names like "Baan Mankong".
            var part = name.ToLowerInvariant();
            reports = reports.Where(r => r.OrganisationName != null && r.OrganisationName.ToLower().Contains(part));
        }
        if (After is { } after) reports = reports.Where(r => r.Id > after);
        return reports.OrderBy(r => r.Id);
    }

    static ReportFilter Read(IQueryCollection query)
    {
        var from = Date(query, "from");
        var to = Date(query, "to");
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
            throw new BadValue("to", $"'to' ({to}) is before 'from' ({from}).");
        var organisation = Value(query, "organisation");
        var organisationId = long.TryParse(organisation, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        return new ReportFilter
        {
            From = from,
            To = to,
            Region = Value(query, "region") is { } region ? RegionId(region) : null,
            Province = Value(query, "province") is { } province ? ProvinceName(province) : null,
            Category = Value(query, "category"),
            OrganisationId = organisationId,
            OrganisationName = organisationId is null ? organisation : null,
            Status = Value(query, "status")?.ToLowerInvariant() switch
            {
                null or "active" => ReportStatus.Active,
                "withdrawn" => ReportStatus.Withdrawn,
                "all" => null,
                _ => throw new BadValue("status", "'status' must be active, withdrawn or all."),
            },
            Limit = Value(query, "limit") is { } limit
                ? int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxLimit ? n
                    : throw new BadValue("limit", $"'limit' must be a whole number from 1 to {MaxLimit}.")
                : DefaultLimit,
            After = Value(query, "after") is { } after
                ? long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a
                    : throw new BadValue("after", "'after' must be a report id (the 'next' value of the previous page).")
                : null,
        };
    }

    static string? Value(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values)) return null;
        if (values.Count > 1) throw new BadValue(name, $"'{name}' is given more than once.");
        return string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
    }

    static string? Date(IQueryCollection query, string name) =>
        Value(query, name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new BadValue(name, $"'{name}' must be a Gregorian date yyyy-MM-dd, e.g. 2020-03-27.");

    /// <summary>A stored region id; Thai and English names and the ids themselves all go through <see cref="Regions.TryParse"/>.</summary>
    static string RegionId(string text) =>
        Regions.TryParse(text, out var region) ? Regions.Id(region)
            : throw new BadValue("region", $"'region' must be one of {string.Join(", ", Enum.GetValues<Region>().Select(Regions.Id))} (or a region's Thai name).");

    /// <summary>The stored Thai name ("จ.พัทลุง", "Phatthalung" → พัทลุง); a name that is no province filters to nothing.</summary>
    static string ProvinceName(string text) => Provinces.Find(text)?.Thai ?? ThaiText.Normalize(text);

    sealed class BadValue(string parameter, string message) : Exception(message)
    {
        public string Parameter { get; } = parameter;
    }
}
