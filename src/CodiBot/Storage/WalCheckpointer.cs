using Microsoft.Data.Sqlite;

namespace CodiBot.Storage;

/// <summary>
/// Copies SQLite's write-ahead log into the database file on its own connection, several times a second. Left to
/// SQLite, the commit that happens to fill the log does this copy (and an fsync of the database) while holding the
/// <see cref="WriteGate"/>, and every webhook request waiting for the next commit waits for the copy too. A checkpoint
/// runs beside writers, so doing it here keeps commits short; SQLite's own checkpoint stays as the fallback.
/// The webhook's landing file gets the same.
/// </summary>
public sealed class WalCheckpointer(Inbox.InboxLanding landing, ILogger<WalCheckpointer> log) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var main = new SqliteConnection(landing.MainConnectionString);
        await using var landed = new SqliteConnection(landing.ConnectionString);
        SqliteConnection[] files = [main, landed];
        foreach (var file in files) await file.OpenAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                foreach (var file in files) await CheckpointAsync(file, stoppingToken);
        }
        catch (OperationCanceledException) { }
    }

    async Task CheckpointAsync(SqliteConnection file, CancellationToken ct)
    {
        await using var checkpoint = file.CreateCommand();
        // PASSIVE: copies what no reader still needs, never waits for a lock, never blocks a writer.
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        try { await checkpoint.ExecuteNonQueryAsync(ct); }
        catch (SqliteException ex) { log.LogWarning(ex, "WAL checkpoint of {File} failed; SQLite will checkpoint on commit instead", file.DataSource); }
    }
}
