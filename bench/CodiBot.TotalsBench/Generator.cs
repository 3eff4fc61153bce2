using System.Diagnostics;
using CodiBot.People;
using CodiBot.Reports;
using CodiBot.Storage;
using CodiBot.Totals;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.TotalsBench;

/// <summary>
/// Writes the synthetic reports in day order, a batch per transaction, with the running totals kept by the bot's own
/// ledger (one netted delta per batch, as the inbox worker's batches do). Each batch also corrects or withdraws
/// a few percent of the previous batch's reports, as people do within the correction window.
/// </summary>
public static class Generator
{
    public static async Task RunAsync(string file, int reports, int organisations, int batchSize, int seed)
    {
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        // Generation only: the bot itself runs with its defaults (WAL, synchronous FULL, a small page cache).
        await Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-2000000; PRAGMA temp_store=MEMORY;");
        CodiBotDb Db() => new(new DbContextOptionsBuilder<CodiBotDb>().UseSqlite(connection).Options);

        var synthetic = new Synthetic(seed);
        List<Organisation> orgs;
        await using (var db = Db())
        {
            await db.Database.MigrateAsync();
            orgs = synthetic.Organisations(organisations);
            db.Organisations.AddRange(orgs);
            await db.SaveChangesAsync();
        }
        var activity = synthetic.ActivityOf(orgs);

        // Reports per day in proportion to the day's weight, rounded so the total is exact.
        var days = Enumerable.Range(0, Synthetic.Last.DayNumber - Synthetic.First.DayNumber + 1).Select(Synthetic.First.AddDays).ToList();
        var weights = days.Select(Synthetic.DayWeight).ToList();
        var total = weights.Sum();
        var schedule = new List<DateOnly>(reports);
        var carried = 0.0;
        for (var i = 0; i < days.Count; i++)
        {
            carried += reports * weights[i] / total;
            var count = (int)Math.Round(carried) - schedule.Count;
            schedule.AddRange(Enumerable.Repeat(days[i], Math.Max(0, Math.Min(count, reports - schedule.Count))));
        }
        while (schedule.Count < reports) schedule.Add(Synthetic.Last);

        var clock = Stopwatch.StartNew();
        await using var writer = new ReportWriter(connection);
        List<Report> previous = [];
        long corrected = 0, withdrawn = 0, rows = 0;
        for (var start = 0; start < reports; start += batchSize)
        {
            await using var tx = await connection.BeginTransactionAsync();
            writer.Use(tx);
            var delta = new TotalsDelta();
            var batch = new List<Report>();
            for (var n = start; n < Math.Min(reports, start + batchSize); n++)
            {
                var report = synthetic.NewReport(n + 1, schedule[n], orgs[synthetic.Pick(activity)]);
                report.Id = n + 1;
                batch.Add(report);
                delta.Add(report);
                await writer.InsertAsync(report);
            }

            // About 3% corrected and 1.5% withdrawn, from the previous batch (within the correction window).
            var now = batch[^1].ConfirmedAt;
            foreach (var report in previous.Where(_ => synthetic.Next(1000) < 45))
            {
                delta.Subtract(report);
                if (synthetic.Next(3) == 0)
                {
                    (report.Status, report.UpdatedAt) = (ReportStatus.Withdrawn, now);
                    report.Version++;
                    withdrawn++;
                }
                else
                {
                    synthetic.Correct(report, now);
                    corrected++;
                }
                delta.Add(report);
                await writer.UpdateAsync(report);
            }

            // The bot's ledger, on this connection and transaction.
            await using (var db = Db())
            {
                await db.Database.UseTransactionAsync(tx);
                await TotalsLedger.ApplyAsync(db, delta, default);
            }
            rows += delta.Rows.Count();
            await tx.CommitAsync();
            previous = batch;

            var done = Math.Min(reports, start + batchSize);
            if (done % (batchSize * 10) == 0 || done == reports)
                Console.Error.WriteLine($"  {done,10:N0} reports ({corrected:N0} corrected, {withdrawn:N0} withdrawn), {rows:N0} total upserts, {clock.Elapsed.TotalSeconds:N0} s");
        }
        await Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
