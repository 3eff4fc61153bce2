using CodiBot.Reports;
using static CodiBot.Totals.TotalsScope;

namespace CodiBot.Totals;

public readonly record struct TotalKey(string Scope, string Category, string Unit, string Day);

public readonly record struct TotalAmount(double Quantity, double Approximate, int Reports)
{
    public static TotalAmount operator +(TotalAmount a, TotalAmount b) => new(a.Quantity + b.Quantity, a.Approximate + b.Approximate, a.Reports + b.Reports);
    public bool IsZero => Quantity == 0 && Approximate == 0 && Reports == 0;
}

/// <summary>
/// What a set of report changes does to the running totals, netted per row. Take a report away before changing
/// it (its old measures are read at that moment) and add it back afterwards.
/// </summary>
public sealed class TotalsDelta
{
    readonly Dictionary<TotalKey, TotalAmount> _rows = [];

    public TotalsDelta Add(Report report) => Count(report, 1);
    public TotalsDelta Subtract(Report report) => Count(report, -1);

    /// <summary>Rows that change, in key order (neighbouring keys share B-tree pages).</summary>
    public IEnumerable<KeyValuePair<TotalKey, TotalAmount>> Rows =>
        _rows.Where(r => !r.Value.IsZero)
            .OrderBy(r => r.Key.Scope, StringComparer.Ordinal).ThenBy(r => r.Key.Category, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Unit, StringComparer.Ordinal).ThenBy(r => r.Key.Day, StringComparer.Ordinal);

    TotalsDelta Count(Report report, int sign)
    {
        if (report.Status == ReportStatus.Withdrawn) return this; // its measures are gone and it no longer counts
        var day = report.Date;

        // One report: quantities add up per category and unit, but each row counts the report once.
        var amounts = new Dictionary<(string Category, string Unit), TotalAmount>();
        void Measure(string category, string unit, double quantity, bool approximate)
        {
            amounts.TryGetValue((category, unit), out var a);
            amounts[(category, unit)] = new(a.Quantity + quantity, a.Approximate + (approximate ? quantity : 0), 1);
            amounts[(category, Counted)] = new(0, 0, 1);
        }
        foreach (var m in report.Measures)
        {
            // An activity done but not counted adds no amount, only the report to its category.
            if (!m.IsCounted) { amounts[(m.Category, Counted)] = new(0, 0, 1); continue; }
            Measure(m.Category, m.Unit, m.Quantity, m.Approximate);
            if (!string.IsNullOrEmpty(m.Item)) Measure(ItemCategory(m.Category, m.Item), m.Unit, m.Quantity, m.Approximate);
        }
        amounts[(AnyCategory, Counted)] = new(0, 0, 1);

        var scopes = new List<string> { All };
        if (report.Region is { Length: > 0 } region) scopes.Add(Region(region));
        if (report.Province is { Length: > 0 } province) scopes.Add(Province(province));
        if (report.OrganisationId is { } org) scopes.Add(OrganisationAt(org, report.Region, report.Province));
        foreach (var scope in scopes)
            foreach (var ((category, unit), a) in amounts)
                Put(new(scope, category, unit, day), new(sign * a.Quantity, sign * a.Approximate, sign * a.Reports));

        // Directories and the region's province rows: what exact organisation and province counts seek.
        var once = new TotalAmount(0, 0, sign);
        if (report.OrganisationId is { } id)
        {
            var orgScope = OrganisationAt(id, report.Region, report.Province);
            foreach (var scope in scopes.Where(s => s != orgScope).Append(Organisation(id)))
                Put(new(scope, OrganisationDirectory, orgScope, NoDay), once);
        }
        if (report.Province is { Length: > 0 } p)
        {
            Put(new(All, ProvinceDirectory, Province(p), NoDay), once);
            if (report.Region is { Length: > 0 } r)
            {
                Put(new(Region(r), ProvinceDirectory, RegionProvince(r, p), NoDay), once);
                Put(new(RegionProvince(r, p), AnyCategory, Counted, day), once);
            }
        }
        return this;
    }

    void Put(TotalKey key, TotalAmount amount)
    {
        _rows.TryGetValue(key, out var a);
        _rows[key] = a + amount;
    }
}
