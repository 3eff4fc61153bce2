using CodiBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using CodiBot.Testing;

namespace CodiBot.Tests.Storage;

public sealed class WalCheckpointerTests
{
    [Theory]
    [InlineData("main")]
    [InlineData("landing")]
    public async Task Committed_pages_reach_the_database_file_without_any_commit_checkpointing(string file)
    {
        await using var bot = await TestBot.StartAsync();
        var path = file == "main" ? bot.DatabasePath : bot.LandingPath;
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        // This connection never checkpoints, and the log stays far below SQLite's own threshold (1,000 pages):
        // only the bot's checkpointer can move these pages into the database file.
        cmd.CommandText = """
            PRAGMA wal_autocheckpoint=0;
            CREATE TABLE checkpoint_probe (payload BLOB);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
            INSERT INTO checkpoint_probe SELECT randomblob(2000) FROM n;
            """;
        var before = new FileInfo(path).Length;
        await cmd.ExecuteNonQueryAsync();

        await HangGuard.UntilAsync(() => new FileInfo(path).Length >= before + 100 * 4096,
            () => $"{file} file still {new FileInfo(path).Length} bytes (was {before})");
    }
}
