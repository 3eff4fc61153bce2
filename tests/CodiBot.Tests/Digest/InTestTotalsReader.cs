using CodiBot.Reports;
using CodiBot.Storage;
using CodiBot.Totals;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Tests.Digest;

/// <summary>
/// A plain reader over the stored reports and measures, used only while the running-totals reader is not in
/// this branch: <see cref="DigestHost"/> adds it when no <see cref="ITotalsReader"/> is registered, so once the
/// real one is merged the same tests run against it.
/// </summary>
sealed class InTestTotalsReader : ITotalsReader
{
    public async Task<TotalsAnswer> ReadAsync(CodiBotDb db, TotalsQuery q, CancellationToken ct)
    {
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
        var (from, to) = (Iso(q.From), Iso(q.To));
        var reports = (await db.Reports.AsNoTracking().Where(r => r.Status == ReportStatus.Active).ToListAsync(ct))
            .Where(r => string.CompareOrdinal(r.Date, from) >= 0 && string.CompareOrdinal(r.Date, to) <= 0 && In(q.Place, r.Region, r.Province, r.OrganisationId)).ToList();
        var ids = reports.Select(r => r.Id).ToHashSet();
        var measures = (await db.Measures.AsNoTracking().ToListAsync(ct))
            .Where(m => ids.Contains(m.ReportId) && (q.Categories.Count == 0 || q.Categories.Contains(m.Category))).ToList();
        var totals = measures.GroupBy(m => (m.Category, m.Unit))
            .Select(g => new UnitTotal(g.Key.Category, g.Key.Unit, g.Sum(m => m.Quantity), g.Where(m => m.Approximate).Sum(m => m.Quantity))).ToList();
        var perCategory = measures.GroupBy(m => m.Category).Select(g => new CategoryCount(g.Key, g.Select(m => m.ReportId).Distinct().Count())).ToList();
        var counted = q.Categories.Count == 0 ? reports : reports.Where(r => measures.Any(m => m.ReportId == r.Id)).ToList();
        int? count = q.Categories.Count switch { 0 => reports.Count, 1 => perCategory.Sum(c => c.Reports), _ => null };
        return new TotalsAnswer(totals, perCategory, count, counted.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId).Distinct().Count());
    }

    static bool In(Place p, string? region, string? province, long? org) => p.Kind switch
    {
        PlaceKind.Region => region == p.Id,
        PlaceKind.Province => province == p.Id,
        PlaceKind.Organisations => org is { } o && p.OrganisationIds!.Contains(o),
        _ => true,
    };
}
