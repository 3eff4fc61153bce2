using CodiBot.Conversations;
using CodiBot.Hosting;
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
    IServiceScopeFactory scopes, InboxSignal signal, InboxImporter importer, WriteGate gate, OutboxSignal outboxSignal, IEventHandling handling,
    BackgroundLane lane, TimeProvider clock, IOptions<InboxOptions> options, ILogger<InboxWorker> log) : BatchLoop(signal, lane, log)
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Paused) return base.ExecuteAsync(stoppingToken);
        log.LogWarning("Inbox processing is paused (Inbox:Paused): events are stored, not answered");
        return Task.CompletedTask;
    }

    int _lastSettled = int.MaxValue;

    protected override async Task<int> RunBatchAsync(CancellationToken ct)
    {
        // Each batch costs three commits (move in, settle, outbox), and at a trickle their fsyncs queue at the disk with the
        // webhook's: after a small batch, a short wait lets the next events share them. Under load batches are full and
        // nobody waits. Measured at 1,000 events/s: 20 ms against 3 ms took the webhook's p99 from 5–9.5 ms to 3.5–7.6 ms.
        if (_lastSettled < SmallBatch) await Task.Delay(GatherWait, ct);
        return _lastSettled = await ProcessBatchAsync(ct);
    }

    const int SmallBatch = 8;
    static readonly TimeSpan GatherWait = TimeSpan.FromMilliseconds(20);

    /// <summary>Moves landed events in, then processes one batch; returns how many events it moved or settled (0 = nothing ready).</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken ct)
    {
        var moved = await importer.ImportAsync(ct);
        return Math.Max(moved, await SettleBatchAsync(ct));
    }

    async Task<int> SettleBatchAsync(CancellationToken ct)
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
        (await TurnLookups.LoadAsync(db, ready.Select(e => e.ConversationKey).ToList(), ct)).Use();

        // Each event its own task: handling is mostly synchronous work (SQLite answers inline), so without that the
        // whole batch would run one event after another on this thread while the other core waits.
        var results = await Task.WhenAll(ready.Select(e => Lane.Run(async () =>
        {
            try { return (e, (await handling.HandleAsync(e, ct)), (Exception?)null); }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested) { return (e, (Handled?)null, ex); }
        })));

        var done = results.Where(r => r.Item2 is not null).Select(r => (r.e, Handled: r.Item2!)).ToList();
        var failed = results.Where(r => r.Item2 is null).Select(r => (r.e, Error: r.Item3!)).ToList();
        var sent = await TryCommitAsync(db, done, failed, now, ct) is null;
        if (!sent)
        {
            // One bad change must not hold the whole inbox back: commit each event on its own; one that still fails is
            // retried later (handled afresh) and in the end parked, like an event whose handling throws.
            log.LogWarning("Committing a batch of {Count} events failed; committing them one by one", results.Length);
            foreach (var one in done)
            {
                if (await TryCommitAsync(null, [one], [], now, ct) is { } error) await TryCommitAsync(null, [], [(one.e, error)], now, ct);
                else sent |= one.Handled.Outgoing.Count > 0;
            }
            if (failed.Count > 0) await TryCommitAsync(null, [], failed, now, ct);
        }
        if (sent && done.Any(r => r.Handled.Outgoing.Count > 0)) outboxSignal.Notify();
        return results.Length;
    }

    /// <summary>
    /// Commits in one transaction: handled events done with their messages and state changes, failed ones rescheduled.
    /// Returns the error when it did not commit. With no context given, uses a fresh one (a failed one is dirty).
    /// </summary>
    async Task<Exception?> TryCommitAsync(CodiBotDb? db, IReadOnlyList<(InboxEvent e, Handled Handled)> done,
        IReadOnlyList<(InboxEvent e, Exception Error)> failed, long now, CancellationToken ct)
    {
        await using var scope = db is null ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
        db ??= scope!.Value.ServiceProvider.GetRequiredService<CodiBotDb>();
        try
        {
            var waiting = done.Where(r => r.Handled.WaitFor is not null).ToList();
            done = done.Where(r => r.Handled.WaitFor is null).ToList();
            await gate.WriteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var waitingSeqs = waiting.Select(r => r.e.Seq).ToList();
                if (waitingSeqs.Count > 0)
                    await db.InboxEvents.Where(e => waitingSeqs.Contains(e.Seq)).ExecuteUpdateAsync(u => u.SetProperty(e => e.NextAttemptAt, now + (long)WaitRecheck.TotalMilliseconds), ct);
                var doneSeqs = done.Select(r => r.e.Seq).ToList();
                await db.InboxEvents.Where(e => doneSeqs.Contains(e.Seq)).ExecuteUpdateAsync(u => u
                    .SetProperty(e => e.Status, InboxStatus.Done)
                    .SetProperty(e => e.ProcessedAt, now)
                    .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                    .SetProperty(e => e.LastError, (string?)null), ct);
                await OutboxStore.InsertAsync(db, done.SelectMany(r => r.Handled.Outgoing).ToList(), ct);
                foreach (var change in done.SelectMany(r => r.Handled.Changes ?? []))
                    await change.Apply(db, ct);
                foreach (var (e, error) in failed) await RecordFailureAsync(db, e, error, now, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }, ct);
            foreach (var (e, handled) in waiting) WakeAfter(handled.WaitFor!, e.Seq);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (done.Count > 0) log.LogError(ex, "Committing the results of {Count} event(s) failed", done.Count);
            return ex;
        }
    }

    /// <summary>
    /// How long a waiting event sleeps when nothing wakes it (a restart forgot what it waited for): then it is handled
    /// again and waits again if it must.
    /// </summary>
    static readonly TimeSpan WaitRecheck = TimeSpan.FromSeconds(15);

    /// <summary>Once what the event waits for has ended, makes it due at once (committed after its wait was).</summary>
    void WakeAfter(Task waitFor, long seq) => waitFor.ContinueWith(_ => Lane.Run(async () =>
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
            await gate.WriteAsync(() => db.InboxEvents.Where(e => e.Seq == seq && e.Status == InboxStatus.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.NextAttemptAt, 0L)), CancellationToken.None);
            Signal.Notify();
        }
        catch (Exception ex) { log.LogWarning(ex, "Waking inbox event {Seq} failed; it is due again within {Recheck}", seq, WaitRecheck); }
    }), TaskScheduler.Default);

    /// <summary>Reschedules a failed event, or parks it after the last attempt. Leaves the loaded event untouched (it may be recorded again).</summary>
    async Task RecordFailureAsync(CodiBotDb db, InboxEvent e, Exception error, long now, CancellationToken ct)
    {
        var opts = options.Value;
        var attempts = e.Attempts + 1;
        var parked = attempts >= opts.MaxAttempts;
        var next = parked ? e.NextAttemptAt : Retries.NextAttemptAt(now, opts.RetryBaseDelay, attempts);
        var reason = Retries.Describe(error);
        await db.InboxEvents.Where(x => x.Seq == e.Seq).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.Attempts, attempts)
            .SetProperty(x => x.LastError, reason)
            .SetProperty(x => x.NextAttemptAt, next)
            .SetProperty(x => x.Status, parked ? InboxStatus.Parked : e.Status), ct);
        if (parked) log.LogError(error, "Parked LINE event {EventId} ({Type}) after {Attempts} attempts", e.WebhookEventId, e.Type, attempts);
        else log.LogWarning(error, "LINE event {EventId} failed (attempt {Attempts}); will retry", e.WebhookEventId, attempts);
    }
}
