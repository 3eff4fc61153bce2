using System.Data.Common;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using static CodiBot.Totals.TotalsScope;

namespace CodiBot.Totals;

/// <summary>
/// Reads running totals: sums over the days of one or a few scopes, and counts organisations and provinces by
/// seeking, for each one the place's directory lists, whether it has a report in the period.
/// </summary>
public sealed class TotalsReader : ITotalsReader
{
    public async Task<TotalsAnswer> ReadAsync(CodiBotDb db, TotalsQuery query, CancellationToken ct)
    {
        var categories = query.Categories.Distinct().ToList();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var scopes = query.Place.Kind == PlaceKind.Organisations
                ? await DirectoryAsync(db, OrganisationScopes(query.Place), OrganisationDirectory, null, query.From, query.To, ct)
                : [ScopeOf(query.Place)];
            if (scopes.Count == 0) return new([], [], categories.Count > 1 ? null : 0, 0);

            var rows = await SumsAsync(db, scopes, categories, query.From, query.To, ct);
            bool Wanted(string category) => categories.Count > 0 ? categories.Contains(category) : category != AnyCategory && !IsItem(category);
            var totals = rows.Where(r => r.Unit != Counted && Wanted(r.Category))
                .Select(r => new UnitTotal(r.Category, r.Unit, Round(r.Quantity), Round(r.Approximate)))
                .OrderBy(t => t.Category, StringComparer.Ordinal).ThenByDescending(t => t.Quantity).ToList();
            var perCategory = rows.Where(r => r.Unit == Counted && Wanted(r.Category))
                .Select(r => new CategoryCount(r.Category, r.Reports)).OrderBy(c => c.Category, StringComparer.Ordinal).ToList();
            int? reports = categories.Count switch
            {
                0 => rows.Where(r => r.Category == AnyCategory && r.Unit == Counted).Sum(r => r.Reports),
                1 => perCategory.Sum(c => c.Reports),
                _ => null, // a report may have several of the categories
            };
            var directories = query.Place.Kind == PlaceKind.Organisations ? OrganisationScopes(query.Place) : scopes;
            var organisations = (await DirectoryAsync(db, directories, OrganisationDirectory, categories, query.From, query.To, ct))
                .Select(OrganisationOf).Distinct().Count();
            return new(totals, perCategory, reports, organisations);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    public async Task<int> ProvincesAsync(CodiBotDb db, Place place, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return place.Kind switch
            {
                PlaceKind.Everywhere => (await DirectoryAsync(db, [All], ProvinceDirectory, [], from, to, ct)).Count,
                // The region's own province rows: a province may also report under another region.
                PlaceKind.Region => (await DirectoryAsync(db, [ScopeOf(place)], ProvinceDirectory, [], from, to, ct)).Count,
                PlaceKind.Province => (await SumsAsync(db, [ScopeOf(place)], [AnyCategory], from, to, ct)).Count,
                _ => (await DirectoryAsync(db, OrganisationScopes(place), OrganisationDirectory, [], from, to, ct))
                    .Select(s => s[(s.LastIndexOf('|') + 1)..]).Where(p => p.Length > 0).Distinct().Count(),
            };
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync(CodiBotDb db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Command(db);
            cmd.CommandText = """
                SELECT DISTINCT "Category" FROM running_totals WHERE "Scope" = @all AND "Unit" = '' AND "Day" <> '' AND "Category" <> @any
                """;
            cmd.AddParameter("@all").Value = All;
            cmd.AddParameter("@any").Value = AnyCategory;
            var categories = new List<string>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) categories.Add(reader.GetString(0));
            return categories;
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    static string ScopeOf(Place place) => place.Kind switch
    {
        PlaceKind.Everywhere => All,
        PlaceKind.Region => Region(place.Id ?? throw new ArgumentException("A region place needs its id.")),
        PlaceKind.Province => Province(place.Id ?? throw new ArgumentException("A province place needs its name.")),
        _ => throw new ArgumentException("Organisations are read through their directory."),
    };

    static List<string> OrganisationScopes(Place place) => (place.OrganisationIds ?? []).Distinct().Select(Organisation).ToList();

    sealed record Sum(string Category, string Unit, double Quantity, double Approximate, int Reports);

    static double Round(double value) => Math.Round(value, 6); // += and -= of decimals leave float dust

    /// <summary>Sums per category and unit over the days; with no categories, every row (items and "*" too).</summary>
    static async Task<List<Sum>> SumsAsync(CodiBotDb db, IReadOnlyList<string> scopes, IReadOnlyList<string> categories, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var cmd = Command(db);
        var categoryFilter = categories.Count == 0 ? "" : $"""AND "Category" IN ({In(cmd, "c", [.. categories])})""";
        cmd.CommandText = $"""
            SELECT "Category", "Unit", SUM("Quantity"), SUM("Approximate"), SUM("Reports") FROM running_totals
            WHERE "Scope" IN ({In(cmd, "s", scopes)}) {categoryFilter} AND "Day" >= @from AND "Day" <= @to
            GROUP BY "Category", "Unit"
            """;
        Days(cmd, from, to);
        var sums = new List<Sum>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            sums.Add(new(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetInt32(4)));
        return sums;
    }

    /// <summary>
    /// The entries of the scopes' directory (organisation scopes or provinces) that have a report of the categories
    /// ("*" when none) in the period; null categories lists every entry. One index seek per entry.
    /// </summary>
    static async Task<List<string>> DirectoryAsync(CodiBotDb db, IReadOnlyList<string> scopes, string directory,
        IReadOnlyList<string>? categories, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (scopes.Count == 0) return [];
        await using var cmd = Command(db);
        var exists = categories is null ? "" : $"""
            AND EXISTS (SELECT 1 FROM running_totals t WHERE t."Scope" = d."Unit"
              AND t."Category" IN ({In(cmd, "c", categories.Count == 0 ? [AnyCategory] : categories)})
              AND t."Unit" = '' AND t."Day" >= @from AND t."Day" <= @to)
            """;
        cmd.CommandText = $"""
            SELECT d."Unit" FROM running_totals d
            WHERE d."Scope" IN ({In(cmd, "s", scopes)}) AND d."Category" = @directory AND d."Day" = '' {exists}
            """;
        cmd.AddParameter("@directory").Value = directory;
        if (categories is not null) Days(cmd, from, to);
        var entries = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) entries.Add(reader.GetString(0));
        return entries;
    }

    static DbCommand Command(CodiBotDb db)
    {
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return cmd;
    }

    static string In(DbCommand cmd, string prefix, IReadOnlyList<string> values) =>
        string.Join(",", values.Select((v, i) =>
        {
            var name = $"@{prefix}{i}";
            cmd.AddParameter(name).Value = v;
            return name;
        }));

    static void Days(DbCommand cmd, DateOnly from, DateOnly to)
    {
        cmd.AddParameter("@from").Value = Day(from);
        cmd.AddParameter("@to").Value = Day(to);
    }
}
