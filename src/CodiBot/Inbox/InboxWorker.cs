using CodiBot.Outbox;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Inbox;

public sealed class InboxOptions
{
    public const string Section = "Inbox";
    /// <summary>Events read per batch; one transaction commits the whole batch.</summary>
    public int BatchSize { get; set; } = 500;
    /// <summary>Attempts before an event is parked with its error.</summary>
    public int MaxAttempts { get; set; } = 5;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Stores events but does not process them (maintenance; tests of restarts).</summary>
    public bool Paused { get; set; }
}

/// <summary>
/// Processes stored events: one event per conversation at a time, in timestamp order; different conversations
/// together. Each batch's new event status, outgoing messages and state commit in one transaction, so a crash
/// leaves every event either done with its effects or still pending.
/// </summary>
public sealed class InboxWorker(
    IServiceScopeFactory scopes, InboxSignal signal, WriteGate gate, OutboxSignal outboxSignal, IEventHandling handling,
    TimeProvider clock, IOptions<InboxOptions> options, ILogger<InboxWorker> log) : BatchLoop(signal, log)
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Paused) return base.ExecuteAsync(stoppingToken);
        log.LogWarning("Inbox processing is paused (Inbox:Paused): events are stored, not answered");
        return Task.CompletedTask;
    }

    protected override Task<int> RunBatchAsync(CancellationToken ct) => ProcessBatchAsync(ct);

    /// <summary>Processes one batch; returns how many events it settled (0 = nothing ready).</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken ct)
    {
        var opts = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();

        var page = await db.InboxEvents.AsNoTracking()
            .Where(e => e.Status == InboxStatus.Pending)
            .OrderBy(e => e.Seq).Take(opts.BatchSize).ToListAsync(ct);
        // The earliest pending event of each conversation; a conversation waiting on a retry waits as a whole.
        var ready = page.GroupBy(e => e.ConversationKey)
            .Select(g => g.OrderBy(e => e.Timestamp).ThenBy(e => e.Seq).First())
            .Where(e => e.NextAttemptAt <= now).ToList();
        if (ready.Count == 0) return 0;

        var results = await Task.WhenAll(ready.Select(async e =>
        {
            try { return (e, (await handling.HandleAsync(e, ct)), (Exception?)null); }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested) { return (e, (Handled?)null, ex); }
        }));

        var done = results.Where(r => r.Item2 is not null).ToList();
        var outgoing = done.SelectMany(r => r.Item2!.Outgoing).ToList();
        using (await gate.EnterAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var doneSeqs = done.Select(r => r.e.Seq).ToList();
            await db.InboxEvents.Where(e => doneSeqs.Contains(e.Seq)).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, InboxStatus.Done)
                .SetProperty(e => e.ProcessedAt, now)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.LastError, (string?)null), ct);
            await OutboxStore.InsertAsync(db, outgoing, ct);
            foreach (var change in done.SelectMany(r => r.Item2!.Changes ?? []))
                await change.Apply(db, ct);
            foreach (var (e, _, error) in results.Where(r => r.Item2 is null)) RecordFailure(db, e, error!, now);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (outgoing.Count > 0) outboxSignal.Notify();
        return results.Length;
    }

    void RecordFailure(CodiBotDb db, InboxEvent e, Exception error, long now)
    {
        var opts = options.Value;
        db.InboxEvents.Attach(e);
        e.Attempts++;
        e.LastError = Retries.Describe(error);
        if (e.Attempts >= opts.MaxAttempts)
        {
            e.Status = InboxStatus.Parked;
            log.LogError(error, "Parked LINE event {EventId} ({Type}) after {Attempts} attempts", e.WebhookEventId, e.Type, e.Attempts);
        }
        else
        {
            e.NextAttemptAt = Retries.NextAttemptAt(now, opts.RetryBaseDelay, e.Attempts);
            log.LogWarning(error, "LINE event {EventId} failed (attempt {Attempts}); will retry", e.WebhookEventId, e.Attempts);
        }
    }
}
