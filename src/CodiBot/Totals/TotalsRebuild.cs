using CodiBot.Reports;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Totals;

/// <summary>
/// Counts every live report into running_totals from scratch. Runs once, at start-up, when the migration that adds the
/// totals meets a database that already holds reports; afterwards the ledger keeps the totals in step.
/// </summary>
public static class TotalsRebuild
{
    public const string Migration = "DigestTotalsRoles";

    public static async Task<int> RunAsync(CodiBotDb db, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.RunningTotals.ExecuteDeleteAsync(ct);
        var (last, counted) = (0L, 0);
        while (true)
        {
            var page = await db.Reports.AsNoTracking().Include(r => r.Measures)
                .Where(r => r.Id > last && r.Status == ReportStatus.Active).OrderBy(r => r.Id).Take(1000).ToListAsync(ct);
            if (page.Count == 0) break;
            var delta = new TotalsDelta();
            foreach (var report in page) delta.Add(report);
            await TotalsLedger.ApplyAsync(db, delta, ct);
            (last, counted) = (page[^1].Id, counted + page.Count);
        }
        await tx.CommitAsync(ct);
        return counted;
    }
}
