using System.Globalization;
using CodiBot.Announcements;
using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Reports;
using CodiBot.Storage;
using CodiBot.Thai;
using CodiBot.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Digest;

/// <summary>
/// Gathers one day's digest. Figures and counts come from the running totals (<see cref="ITotalsReader"/>); only the
/// day's own rows are read directly (its largest measures by the (Category, Date) index, its announcements),
/// so the cost does not grow with the number of stored reports.
/// </summary>
public sealed class DigestBuilder(
    ITotalsReader totals, CategoryNames names, ProgrammeTargets targets,
    IOptions<TotalsOptions> totalsOptions, IOptions<DigestOptions> options)
{
    public async Task<DigestView> BuildAsync(CodiBotDb db, DateOnly day, Region? region, Lang lang, bool late, CancellationToken ct)
    {
        var place = region is { } r ? Place.Region(Regions.Id(r)) : Place.Everywhere;
        var since = totalsOptions.Value.CumulativeSince(day);
        var today = await totals.ReadAsync(db, new([], place, day, day), ct);
        var cumulative = await totals.ReadAsync(db, new([], place, since, day), ct);
        var categories = Categories(today, cumulative, lang);
        var fiscalYear = FiscalYear.Of(day);
        return new DigestView
        {
            Day = day, Lang = lang, Region = region, Late = late,
            Reports = ReportsOf(today), Organisations = today.Organisations,
            Provinces = await totals.ProvincesAsync(db, place, day, day, ct),
            CumulativeSince = since,
            Categories = categories,
            Regions = region is null ? await RegionsAsync(db, day, categories, lang, ct) : [],
            Notable = await NotableAsync(db, day, region, categories, ct),
            FiscalYear = fiscalYear,
            Progress = await ProgressAsync(db, day, fiscalYear, lang, ct),
            Announcements = await AnnouncementsAsync(db, day, ct),
        };
    }

    static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Activity categories only: programme indicators ("baan_mankong.households_approved") go to progress,
    /// and per-item ("food_relief:ข้าวสาร") and all-category ("*") rows are not categories of their own.</summary>
    static bool IsActivity(string category) => category.Length > 0 && category != "*" && !category.Contains('.') && !category.Contains(':');

    static int ReportsOf(TotalsAnswer a) => a.Reports ?? a.PerCategory.Sum(c => c.Reports);

    static List<Amount> AmountsOf(TotalsAnswer a, string category) =>
        a.Totals.Where(t => t.Category == category && t.Unit.Length > 0 && t.Quantity != 0)
            .OrderByDescending(t => t.Quantity).Select(t => new Amount(t.Unit, t.Quantity, t.Approximate)).ToList();

    List<CategoryFigures> Categories(TotalsAnswer today, TotalsAnswer cumulative, Lang lang)
    {
        var reportsToday = today.PerCategory.ToDictionary(c => c.Category, c => c.Reports);
        var reportsSince = cumulative.PerCategory.ToDictionary(c => c.Category, c => c.Reports);
        var thai = StringComparer.Create(CultureInfo.GetCultureInfo("th-TH"), false);
        return today.Totals.Select(t => t.Category).Concat(cumulative.Totals.Select(t => t.Category))
            .Concat(today.PerCategory.Select(c => c.Category)).Concat(cumulative.PerCategory.Select(c => c.Category))
            .Where(IsActivity).Distinct()
            .Select(c => new CategoryFigures(c, names.Of(c, lang), reportsToday.GetValueOrDefault(c), AmountsOf(today, c), AmountsOf(cumulative, c), reportsSince.GetValueOrDefault(c)))
            .Where(c => c.ReportsToday > 0 || c.Today.Count > 0 || c.Cumulative.Count > 0 || c.ReportsSince > 0)
            .OrderByDescending(c => c.ReportsToday).ThenByDescending(c => reportsSince.GetValueOrDefault(c.Category))
            .ThenBy(c => c.Name, thai).ToList();
    }

    /// <summary>Each region's day; its top activities in the country's order, so the same activity leads everywhere.</summary>
    async Task<List<RegionFigures>> RegionsAsync(CodiBotDb db, DateOnly day, List<CategoryFigures> countryOrder, Lang lang, CancellationToken ct)
    {
        var rank = countryOrder.Select((c, i) => (c.Category, i)).ToDictionary(x => x.Category, x => x.i);
        var result = new List<RegionFigures>();
        foreach (var region in Enum.GetValues<Region>())
        {
            var a = await totals.ReadAsync(db, new([], Place.Region(Regions.Id(region)), day, day), ct);
            var top = a.PerCategory.Where(c => IsActivity(c.Category) && c.Reports > 0).OrderByDescending(c => c.Reports).ThenBy(c => rank.GetValueOrDefault(c.Category, int.MaxValue))
                .Select(c => (Name: names.Of(c.Category, lang), Amount: AmountsOf(a, c.Category).FirstOrDefault()))
                .Where(x => x.Amount is not null).Take(2).Select(x => (x.Name, x.Amount!)).ToList();
            result.Add(new RegionFigures(region, ReportsOf(a), a.Organisations, top));
        }
        return result;
    }

    /// <summary>The largest single figure of each of the day's busiest categories, one query per category on (Category, Date).</summary>
    async Task<List<NotableReport>> NotableAsync(CodiBotDb db, DateOnly day, Region? region, List<CategoryFigures> categories, CancellationToken ct)
    {
        var iso = Iso(day);
        var regionId = region is { } r ? Regions.Id(r) : null;
        var found = new List<(CategoryFigures Category, Measure Measure)>();
        foreach (var c in categories.Where(c => c.ReportsToday > 0 && c.Today.Count > 0).Take(options.Value.NotableReports))
        {
            var q = db.Measures.AsNoTracking().Where(m => m.Category == c.Category && m.Date == iso && m.Unit != Measure.NotCounted);
            if (regionId is not null) q = q.Where(m => m.Region == regionId);
            if (await q.OrderByDescending(m => m.Quantity).FirstOrDefaultAsync(ct) is { } top) found.Add((c, top));
        }
        var ids = found.Select(f => f.Measure.ReportId).Distinct().ToList();
        var reports = await db.Reports.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.OrganisationName, x.Province, x.Code }).ToDictionaryAsync(x => x.Id, ct);
        return found.Select(f =>
        {
            var report = reports.GetValueOrDefault(f.Measure.ReportId);
            var amount = new Amount(f.Measure.Unit, f.Measure.Quantity, f.Measure.Approximate ? f.Measure.Quantity : 0);
            return new NotableReport(f.Category.Name, amount, report?.OrganisationName, report?.Province ?? f.Measure.Province, report?.Code);
        }).ToList();
    }

    /// <summary>Programme indicators from the fiscal year's start to the day, against that year's targets (always nationwide).</summary>
    async Task<List<ProgrammeProgress>> ProgressAsync(CodiBotDb db, DateOnly day, int fiscalYear, Lang lang, CancellationToken ct)
    {
        var list = targets.For(fiscalYear);
        if (list.Count == 0) return [];
        var a = await totals.ReadAsync(db, new(list.Select(t => t.Category).Distinct().ToList(), Place.Everywhere, FiscalYear.Start(fiscalYear), day), ct);
        return list.Select(t => new ProgrammeProgress(
            t.Name?.For(lang) ?? names.Of(t.Category, lang), t.Unit,
            a.Totals.Where(x => x.Category == t.Category && x.Unit == t.Unit).Sum(x => x.Quantity), (double)t.Target)).ToList();
    }

    static async Task<List<DigestAnnouncement>> AnnouncementsAsync(CodiBotDb db, DateOnly day, CancellationToken ct) =>
        (await AnnouncementBook.OfDayAsync(db, day, ct)).Select(a => new DigestAnnouncement(a.Text, a.AuthorName)).ToList();
}
