using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodiBot.Reports;

/// <summary>A report as the read API shows it: the reporter's name but never their LINE user id.</summary>
public sealed record ReportView(
    long Id, string Code, string Date, string Dialog, int DialogVersion, int Version, string Status,
    OrganisationView Organisation, string? Province, string? Region, string? Reporter, JsonNode? Answers,
    IReadOnlyList<MeasureView> Measures, IReadOnlyList<PhotoView> Photos, string CreatedAt, string ConfirmedAt)
{
    public static ReportView Of(Report r) => new(
        r.Id, r.Code, r.Date, r.DialogId, r.DialogVersion, r.Version, StatusName(r.Status),
        new OrganisationView(r.OrganisationId, r.OrganisationName), r.Province, r.Region, r.ReporterName, ParseAnswers(r.AnswersJson),
        [.. r.Measures.Select(m => m.IsCounted ? new MeasureView(m.Category, m.Quantity, m.Unit, m.Approximate, m.Item) : new MeasureView(m.Category, null, null, false, null))],
        [.. r.Photos.Select(p => new PhotoView(p.N, PhotoUrl(r.Id, p.N), p.ContentType, p.Size))],
        Instant(r.CreatedAt), Instant(r.ConfirmedAt));

    public static string StatusName(ReportStatus status) => status.ToString().ToLowerInvariant();

    public static string PhotoUrl(long reportId, int n) => $"/api/reports/{reportId}/photos/{n}";

    /// <summary>Unix milliseconds as ISO 8601 UTC, e.g. 2020-03-27T03:15:00.000Z.</summary>
    public static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // One damaged row must not break a whole export: it shows without answers.
    static JsonNode? ParseAnswers(string json)
    {
        try { return JsonNode.Parse(json); }
        catch (JsonException) { return null; }
    }
}

public sealed record OrganisationView(long? Id, string? Name);

/// <summary>A measure; an activity reported without a count has no quantity and no unit.</summary>
public sealed record MeasureView(string Category, double? Quantity, string? Unit, bool Approximate, string? Item);

public sealed record PhotoView(int N, string Url, string ContentType, long Size);
