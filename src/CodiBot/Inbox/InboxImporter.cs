using Microsoft.Data.Sqlite;
using CodiBot.Storage;

namespace CodiBot.Inbox;

/// <summary>
/// Moves landed events into <c>inbox_events</c> in arrival order, a batch per commit. Moving is idempotent: an event
/// already there (moved before a crash, or a redelivery of one moved long ago) is skipped by its webhook event id.
/// </summary>
public sealed class InboxImporter(InboxLanding landing, WriteGate gate) : IAsyncDisposable
{
    public const int BatchSize = 2000;

    SqliteConnection? _connection;

    /// <summary>Moves the next batch; returns how many landed events it covered (0 = none waiting).</summary>
    public async Task<int> ImportAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        var after = landing.ImportedThrough;
        // Reading needs no gate: the landing file has its own writer, and WAL readers never wait for it.
        long through, count;
        await using (var next = connection.CreateCommand())
        {
            next.CommandText = $"""
                SELECT COALESCE(MAX("Seq"), 0), COUNT(*)
                FROM (SELECT "Seq" FROM landing.{InboxLanding.Table} WHERE "Seq" > $after ORDER BY "Seq" LIMIT {BatchSize})
                """;
            next.Parameters.AddWithValue("$after", after);
            await using var row = await next.ExecuteReaderAsync(ct);
            await row.ReadAsync(ct);
            (through, count) = (row.GetInt64(0), row.GetInt64(1));
        }
        if (count == 0) return 0;

        await gate.WriteAsync(async () =>
        {
            // Deferred: an immediate transaction would also take the landing file's write lock, stalling the webhook.
            await using var tx = connection.BeginTransaction(deferred: true);
            await using var move = connection.CreateCommand();
            move.Transaction = tx;
            move.CommandText = $"""
                INSERT INTO inbox_events ("WebhookEventId","ConversationKey","Timestamp","Type","Mode","IsRedelivery","Payload","ReceivedAt","Status","Attempts","NextAttemptAt")
                SELECT "WebhookEventId","ConversationKey","Timestamp","Type","Mode","IsRedelivery","Payload","ReceivedAt",0,0,0
                FROM landing.{InboxLanding.Table} WHERE "Seq" > $after AND "Seq" <= $through ORDER BY "Seq"
                ON CONFLICT ("WebhookEventId") DO NOTHING
                """;
            move.Parameters.AddWithValue("$after", after);
            move.Parameters.AddWithValue("$through", through);
            await move.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }, ct);
        landing.Imported(through);
        return (int)count;
    }

    async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        if (_connection is not null) return _connection;
        // Not pooled: a pooled connection would go back with the landing file still attached.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(landing.MainConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var attach = connection.CreateCommand();
        attach.CommandText = "ATTACH DATABASE $file AS landing";
        attach.Parameters.AddWithValue("$file", landing.FilePath);
        await attach.ExecuteNonQueryAsync(ct);
        return _connection = connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
