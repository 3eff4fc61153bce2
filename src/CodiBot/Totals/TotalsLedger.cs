using CodiBot.Reports;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CodiBot.Totals;

/// <summary>
/// Keeps running_totals exact in the transaction that stores the report change. Raw upserts, not change tracking:
/// a row may be touched by many reports of one batch, and the rows are never read back in the same unit of work.
/// </summary>
public static class TotalsLedger
{
    /// <summary>Stores a new report and counts it.</summary>
    public static StoreChange NewReport(Report report) => new("new report", (db, ct) =>
    {
        db.Reports.Add(report);
        return ApplyAsync(db, new TotalsDelta().Add(report), ct);
    });

    /// <summary>
    /// Changes a stored report: <paramref name="change"/> runs between taking the report out of the totals and
    /// putting it back, so the old measures are counted out before they are removed.
    /// </summary>
    public static async Task ChangeAsync(CodiBotDb db, Report report, Action<Report> change, CancellationToken ct)
    {
        var delta = new TotalsDelta().Subtract(report);
        change(report);
        await ApplyAsync(db, delta.Add(report), ct);
    }

    /// <summary>Applies the delta inside the context's current transaction; rows left without reports are deleted.</summary>
    public static async Task ApplyAsync(CodiBotDb db, TotalsDelta delta, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct); // already open inside a transaction; EF counts the opens
        try { await UpsertAsync(db, delta, ct); }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    static async Task UpsertAsync(CodiBotDb db, TotalsDelta delta, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var upsert = connection.CreateCommand();
        await using var delete = connection.CreateCommand();
        upsert.Transaction = delete.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // Quoted names as EF created them; ON CONFLICT … excluded works on SQLite and PostgreSQL alike.
        upsert.CommandText = """
            INSERT INTO running_totals ("Scope","Category","Unit","Day","Quantity","Approximate","Reports")
            VALUES (@scope,@category,@unit,@day,@quantity,@approximate,@reports)
            ON CONFLICT ("Scope","Category","Unit","Day") DO UPDATE SET
              "Quantity" = running_totals."Quantity" + excluded."Quantity",
              "Approximate" = running_totals."Approximate" + excluded."Approximate",
              "Reports" = running_totals."Reports" + excluded."Reports"
            """;
        delete.CommandText = """
            DELETE FROM running_totals
            WHERE "Scope" = @scope AND "Category" = @category AND "Unit" = @unit AND "Day" = @day AND "Reports" <= 0
            """;
        var (scope, category, unit, day) = (upsert.AddParameter("@scope"), upsert.AddParameter("@category"), upsert.AddParameter("@unit"), upsert.AddParameter("@day"));
        var (quantity, approximate, reports) = (upsert.AddParameter("@quantity"), upsert.AddParameter("@approximate"), upsert.AddParameter("@reports"));
        var (dScope, dCategory, dUnit, dDay) = (delete.AddParameter("@scope"), delete.AddParameter("@category"), delete.AddParameter("@unit"), delete.AddParameter("@day"));
        var prepared = false;
        var deletePrepared = false;
        foreach (var (key, amount) in delta.Rows)
        {
            if (!prepared) { await upsert.PrepareAsync(ct); prepared = true; }
            (scope.Value, category.Value, unit.Value, day.Value) = (key.Scope, key.Category, key.Unit, key.Day);
            (quantity.Value, approximate.Value, reports.Value) = (amount.Quantity, amount.Approximate, amount.Reports);
            await upsert.ExecuteNonQueryAsync(ct);
            if (amount.Reports >= 0) continue;
            if (!deletePrepared) { await delete.PrepareAsync(ct); deletePrepared = true; }
            (dScope.Value, dCategory.Value, dUnit.Value, dDay.Value) = (key.Scope, key.Category, key.Unit, key.Day);
            await delete.ExecuteNonQueryAsync(ct);
        }
    }
}
