using System.Diagnostics;
using System.Threading.Channels;
using CodiBot.Line.Webhook;
using CodiBot.Storage;
using Microsoft.Data.Sqlite;

namespace CodiBot.Inbox;

/// <summary>
/// Group commit for the webhook: many requests share one transaction, and each request is answered
/// only after the commit that holds its events. This is what makes "durable" and "fast" compatible. The events go to the
/// <see cref="InboxLanding"/> file, whose only writer this is: no commit of the worker's ever holds the webhook up.
/// </summary>
public sealed class InboxWriter(InboxLanding landing, InboxSignal signal, TimeProvider clock, ILogger<InboxWriter> log)
    : BackgroundService
{
    const int MaxBatchEvents = 4000;

    sealed record Append(IReadOnlyList<EnvelopeEvent> Events, TaskCompletionSource<int> Done);

    readonly Channel<Append> _queue = Channel.CreateBounded<Append>(new BoundedChannelOptions(50_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Stores the events durably; completes with the number that were new (not seen before).</summary>
    public async Task<int> AppendAsync(IReadOnlyList<EnvelopeEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return 0;
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Append(events, done), ct);
        return await done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var connection = new SqliteConnection(landing.ConnectionString);
        await connection.OpenAsync(CancellationToken.None);

        // On stop, refuse new appends but drain what is queued: those requests are still waiting for their 200.
        using var stopping = stoppingToken.Register(() => _queue.Writer.TryComplete());
        var batch = new List<Append>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            var count = 0;
            while (count < MaxBatchEvents && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
                count += item.Events.Count;
            }
            if (batch.Count == 0) continue;
            try
            {
                var inserted = await CommitAsync(connection, batch);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(inserted[i]);
                if (inserted.Any(n => n > 0)) signal.Notify();
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Inbox commit failed for {Requests} webhook requests; LINE will redeliver", batch.Count);
                foreach (var item in batch) item.Done.TrySetException(ex);
            }
        }
    }

    long _deletedThrough;
    long _lastDeleteAt;
    static readonly TimeSpan DeleteInterval = TimeSpan.FromMilliseconds(200);

    async Task<int[]> CommitAsync(SqliteConnection connection, List<Append> batch)
    {
        await using var tx = connection.BeginTransaction();
        var deleted = await DeleteImportedAsync(connection, tx);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        // A redelivery still in the landing file is not inserted; one of an event moved on already is skipped by the importer.
        cmd.CommandText = $"""
            INSERT INTO {InboxLanding.Table} ("WebhookEventId","ConversationKey","Timestamp","Type","Mode","IsRedelivery","Payload","ReceivedAt")
            VALUES (@id,@conv,@ts,@type,@mode,@redelivery,@payload,@received)
            ON CONFLICT ("WebhookEventId") DO NOTHING
            """;
        var id = cmd.AddParameter("@id"); var conv = cmd.AddParameter("@conv"); var ts = cmd.AddParameter("@ts");
        var type = cmd.AddParameter("@type"); var mode = cmd.AddParameter("@mode"); var redelivery = cmd.AddParameter("@redelivery");
        var payload = cmd.AddParameter("@payload"); var received = cmd.AddParameter("@received");
        received.Value = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await cmd.PrepareAsync();

        var inserted = new int[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            foreach (var e in batch[i].Events)
            {
                id.Value = e.WebhookEventId; conv.Value = e.ConversationKey; ts.Value = e.Timestamp;
                type.Value = e.Type; mode.Value = e.Mode; redelivery.Value = e.IsRedelivery; payload.Value = e.RawJson;
                inserted[i] += await cmd.ExecuteNonQueryAsync();
            }
        }
        await tx.CommitAsync();
        if (deleted is { } through) (_deletedThrough, _lastDeleteAt) = (through, Stopwatch.GetTimestamp());
        return inserted;
    }

    /// <summary>Drops what the importer has moved on, a few times a second rather than in every commit.</summary>
    async Task<long?> DeleteImportedAsync(SqliteConnection connection, SqliteTransaction tx)
    {
        var through = landing.ImportedThrough;
        if (through <= _deletedThrough || Stopwatch.GetElapsedTime(_lastDeleteAt) < DeleteInterval) return null;
        await using var delete = connection.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = $"DELETE FROM {InboxLanding.Table} WHERE \"Seq\" <= @through";
        delete.AddParameter("@through").Value = through;
        await delete.ExecuteNonQueryAsync();
        return through;
    }

}
