using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CodiBot.Photos;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Reports;

/// <summary>
/// The read API for staff tools, behind an API key: <c>GET /api/reports</c> (JSON or CSV, filtered, paged by id)
/// and <c>GET /api/reports/{id}/photos/{n}</c>.
/// </summary>
public static class ReportsApi
{
    // Thai stays readable in the JSON instead of \uXXXX escapes.
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var keys = ApiKeyFilter.FromConfiguration(routes.ServiceProvider.GetRequiredService<IConfiguration>());
        if (!keys.HasKeys)
            routes.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReportsApi).FullName!)
                .LogWarning("No API keys configured ({Section}): every /api request is refused with 401", ApiKeyFilter.Section);

        var api = routes.MapGroup("/api").AddEndpointFilter(keys);
        api.MapGet("/reports", ListAsync);
        api.MapGet("/reports/{id:long}/photos/{n:int}", PhotoAsync);
        return routes;
    }

    static async Task<IResult> ListAsync(HttpContext http, CodiBotDb db, CancellationToken ct)
    {
        if (!ReportFilter.TryParse(http.Request.Query, out var filter, out var error) || !TryChooseCsv(http.Request, out var csv, out error))
            return Results.ValidationProblem(new Dictionary<string, string[]> { [error.Parameter] = [error.Message] },
                detail: error.Message, title: $"Bad value for '{error.Parameter}'");

        var page = await filter.Apply(db.Reports.AsNoTracking())
            .Include(r => r.Measures.OrderBy(m => m.Id))
            .Include(r => r.Photos.OrderBy(p => p.N))
            .AsSplitQuery()
            .Take(filter.Limit + 1)
            .ToListAsync(ct);
        long? next = null;
        if (page.Count > filter.Limit)
        {
            page.RemoveAt(filter.Limit);
            next = page[^1].Id;
            http.Response.Headers.Link = $"<{NextUrl(http.Request, next.Value)}>; rel=\"next\"";
        }

        return csv
            ? Results.File(ReportsCsv.Write(page), ReportsCsv.ContentType, "codibot-reports.csv")
            : Results.Json(new { reports = page.Select(ReportView.Of), next }, Json);
    }

    /// <summary><c>format=csv|json</c> decides; without it, an Accept header that prefers text/csv.</summary>
    static bool TryChooseCsv(HttpRequest request, out bool csv, [NotNullWhen(false)] out FilterError? error)
    {
        error = null;
        switch (request.Query["format"].ToString().Trim().ToLowerInvariant())
        {
            case "csv": csv = true; return true;
            case "json": csv = false; return true;
            case "": break;
            default:
                csv = false;
                error = new FilterError("format", "'format' must be json or csv.");
                return false;
        }
        var accept = request.GetTypedHeaders().Accept;
        double Quality(string type) => accept.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        csv = Quality("text/csv") > Quality("application/json");
        return true;
    }

    static string NextUrl(HttpRequest request, long next)
    {
        var query = request.Query.Where(q => !q.Key.Equals("after", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            .Append(KeyValuePair.Create("after", (string?)next.ToString(CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + QueryString.Create(query);
    }

    static async Task<IResult> PhotoAsync(long id, int n, CodiBotDb db, IPhotoStore photos, CancellationToken ct)
    {
        var photo = await db.ReportPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.ReportId == id && p.N == n, ct);
        if (photo is null || await photos.OpenAsync(photo.Key, ct) is not { } content) return Results.NotFound();
        return Results.Stream(content.Content, content.ContentType); // disposes the stream when sent
    }
}
