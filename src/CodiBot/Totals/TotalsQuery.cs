using CodiBot.Storage;

namespace CodiBot.Totals;

public enum PlaceKind { Everywhere, Region, Province, Organisations }

/// <summary>Where to count: the whole country, one region (Regions id), one province (canonical Thai name) or a set of organisations.</summary>
public sealed record Place(PlaceKind Kind, string? Id = null, IReadOnlyList<long>? OrganisationIds = null)
{
    public static readonly Place Everywhere = new(PlaceKind.Everywhere);
    public static Place Region(string id) => new(PlaceKind.Region, id);
    public static Place Province(string name) => new(PlaceKind.Province, name);
    public static Place Organisations(IReadOnlyList<long> ids) => new(PlaceKind.Organisations, null, ids);
}

/// <summary>
/// What to count: measure categories (empty: every category), optionally "category:item" keys for one item
/// ("food_relief:ข้าวสาร"), in a place, over Bangkok days From..To inclusive.
/// </summary>
public sealed record TotalsQuery(IReadOnlyList<string> Categories, Place Place, DateOnly From, DateOnly To);

/// <summary>A total of one category in one unit.</summary>
public sealed record UnitTotal(string Category, string Unit, double Quantity, double Approximate);

/// <summary>Reports counted for one category (a report with two units of it counts once).</summary>
public sealed record CategoryCount(string Category, int Reports);

/// <summary>
/// The answer to a query. <see cref="Reports"/> is exact when the query names one category or none (all);
/// for several categories it is null and <see cref="PerCategory"/> gives the exact counts.
/// </summary>
public sealed record TotalsAnswer(
    IReadOnlyList<UnitTotal> Totals,
    IReadOnlyList<CategoryCount> PerCategory,
    int? Reports,
    int Organisations);

/// <summary>Answers from running totals only (never scans reports), so it stays fast over a million reports.</summary>
public interface ITotalsReader
{
    Task<TotalsAnswer> ReadAsync(CodiBotDb db, TotalsQuery query, CancellationToken ct);

    /// <summary>How many provinces reported (any category) in the place over From..To: the digest's "provinces reporting".</summary>
    Task<int> ProvincesAsync(CodiBotDb db, Place place, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Every category and "category:item" key with live reports, so a query can match items as people wrote them.</summary>
    Task<IReadOnlyList<string>> CategoriesAsync(CodiBotDb db, CancellationToken ct);
}
