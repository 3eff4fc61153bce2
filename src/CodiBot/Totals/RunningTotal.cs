namespace CodiBot.Totals;

/// <summary>
/// A running total, kept in the same transaction as the report that changes it so queries never scan reports.
/// One row per scope, day, category and unit; the row with <see cref="Unit"/> "" counts reports of that category,
/// and <see cref="Category"/> "*" counts reports of any category. Rows with <see cref="Day"/> "" are directories
/// ("#org", "#province") that make organisation and province counts exact; see <see cref="TotalsScope"/>.
/// Written only by <see cref="TotalsLedger"/>, read through <see cref="ITotalsReader"/>.
/// </summary>
public sealed class RunningTotal
{
    /// <summary>"all", "region:south", "province:พัทลุง", "org:42|south|พัทลุง" (an organisation as it reported), "org:42" (its directory).</summary>
    public required string Scope { get; set; }
    /// <summary>The day the work was done (Bangkok), ISO yyyy-MM-dd.</summary>
    public required string Day { get; set; }
    /// <summary>A measure category ("mask_production", "baan_por_piang.households"), "category:item", or "*".</summary>
    public required string Category { get; set; }
    public required string Unit { get; set; }
    public double Quantity { get; set; }
    /// <summary>The part of <see cref="Quantity"/> reported as approximate ("กว่า", "ประมาณ").</summary>
    public double Approximate { get; set; }
    public int Reports { get; set; }
}
