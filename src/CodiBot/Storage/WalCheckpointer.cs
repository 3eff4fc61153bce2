using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Storage;

/// <summary>
/// Copies SQLite's write-ahead log into the database file on its own connection, several times a second. Left to
/// SQLite, the commit that happens to fill the log does this copy (and an fsync of the database) while holding the
/// <see cref="WriteGate"/>, and every webhook request waiting for the next commit waits for the copy too. A checkpoint
/// runs beside writers, so doing it here keeps commits short; SQLite's own checkpoint stays as the fallback.
/// </summary>
public sealed class WalCheckpointer(IServiceScopeFactory scopes, ILogger<WalCheckpointer> log) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
            if (!db.Database.IsSqlite()) return;
            connectionString = db.Database.GetConnectionString()!;
        }
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        await using var checkpoint = connection.CreateCommand();
        // PASSIVE: copies what no reader still needs, never waits for a lock, never blocks a writer.
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try { await checkpoint.ExecuteNonQueryAsync(stoppingToken); }
                catch (SqliteException ex) { log.LogWarning(ex, "WAL checkpoint failed; SQLite will checkpoint on commit instead"); }
            }
        }
        catch (OperationCanceledException) { }
    }
}
