using Microsoft.Data.Sqlite;

namespace CodiBot.Inbox;

/// <summary>
/// Where the webhook stores events before it answers 200: a small SQLite file of its own beside the main database
/// (<c>codibot.db</c> → <c>codibot.landing.db</c>). SQLite has one writer per file; with the events landing here, the
/// webhook's commit never waits behind the worker's, and the two files' commits run side by side. The
/// <see cref="InboxImporter"/> moves landed events into <c>inbox_events</c>, where the worker reads them; the
/// <see cref="InboxWriter"/> deletes what has been moved, in a later commit of its own.
/// </summary>
public sealed class InboxLanding
{
    public const string Table = "landed_events";

    public InboxLanding(string mainConnectionString)
    {
        MainConnectionString = mainConnectionString;
        FilePath = PathBeside(new SqliteConnectionStringBuilder(mainConnectionString).DataSource);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    public string MainConnectionString { get; }
    public string FilePath { get; }
    public string ConnectionString { get; }

    /// <summary>The landing file that goes with a main database file.</summary>
    public static string PathBeside(string mainFile) =>
        Path.Combine(Path.GetDirectoryName(mainFile) ?? "", Path.GetFileNameWithoutExtension(mainFile) + ".landing.db");

    long _importedThrough;

    /// <summary>Every landed event up to this sequence number is in <c>inbox_events</c> (committed); 0 after a start.</summary>
    public long ImportedThrough => Volatile.Read(ref _importedThrough);

    public void Imported(long through)
    {
        if (through > ImportedThrough) Volatile.Write(ref _importedThrough, through);
    }

    /// <summary>Creates the file and its table (WAL, like the main database). AUTOINCREMENT: a sequence number is never reused, even
    /// after every row was deleted, so the importer's cursor can never skip a new event.</summary>
    public async Task CreateAsync()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(FilePath));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS {Table} (
                "Seq" INTEGER PRIMARY KEY AUTOINCREMENT,
                "WebhookEventId" TEXT NOT NULL UNIQUE,
                "ConversationKey" TEXT NOT NULL,
                "Timestamp" INTEGER NOT NULL,
                "Type" TEXT NOT NULL,
                "Mode" TEXT NOT NULL,
                "IsRedelivery" INTEGER NOT NULL,
                "Payload" TEXT NOT NULL,
                "ReceivedAt" INTEGER NOT NULL);
            """;
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Landed events not yet moved into <c>inbox_events</c> (as far as this run knows).</summary>
    public async Task<long> CountWaitingAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {Table} WHERE \"Seq\" > $after";
        cmd.Parameters.AddWithValue("$after", ImportedThrough);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
