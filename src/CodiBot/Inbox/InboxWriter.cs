using System.Data.Common;
using System.Threading.Channels;
using CodiBot.Line.Webhook;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Inbox;

/// <summary>
/// Group commit for the webhook: many requests share one transaction, and each request is answered
/// only after the commit that holds its events. This is what makes "durable" and "fast" compatible.
/// </summary>
public sealed class InboxWriter(IServiceScopeFactory scopes, InboxSignal signal, WriteGate gate, TimeProvider clock, ILogger<InboxWriter> log)
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
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        var connection = db.Database.GetDbConnection();
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

    async Task<int[]> CommitAsync(DbConnection connection, List<Append> batch)
    {
        using var turn = await gate.EnterAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        // ON CONFLICT DO NOTHING is understood by both SQLite and PostgreSQL: a redelivery is simply not inserted.
        cmd.CommandText = """
            INSERT INTO inbox_events ("WebhookEventId","ConversationKey","Timestamp","Type","Mode","IsRedelivery","Payload","ReceivedAt","Status","Attempts","NextAttemptAt")
            VALUES (@id,@conv,@ts,@type,@mode,@redelivery,@payload,@received,0,0,0)
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
        return inserted;
    }

}
