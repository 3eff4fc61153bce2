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
    TimeProvider clock, IOptions<InboxOptions> options, ILogger<InboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Paused)
        {
            log.LogWarning("Inbox processing is paused (Inbox:Paused): events are stored, not answered");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            int processed;
            try { processed = await ProcessBatchAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex)
            {
                log.LogError(ex, "Inbox batch failed; retrying shortly");
                processed = 0;
            }
            if (processed == 0)
            {
                try { await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken); }
                catch (OperationCanceledException) { break; }
            }
        }
    }

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

        var sends = 0;
        foreach (var (e, handled, error) in results)
        {
            db.InboxEvents.Attach(e);
            e.Attempts++;
            if (handled is not null)
            {
                e.Status = InboxStatus.Done;
                e.ProcessedAt = now;
                e.LastError = null;
                db.OutboxMessages.AddRange(handled.Outgoing);
                sends += handled.Outgoing.Count;
            }
            else if (e.Attempts >= opts.MaxAttempts)
            {
                e.Status = InboxStatus.Parked;
                e.LastError = Describe(error!);
                log.LogError(error, "Parked LINE event {EventId} ({Type}) after {Attempts} attempts", e.WebhookEventId, e.Type, e.Attempts);
            }
            else
            {
                e.LastError = Describe(error!);
                e.NextAttemptAt = now + (long)(opts.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, e.Attempts - 1));
                log.LogWarning(error, "LINE event {EventId} failed (attempt {Attempts}); will retry", e.WebhookEventId, e.Attempts);
            }
        }
        using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);
        if (sends > 0) outboxSignal.Notify();
        return results.Length;
    }

    static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}"[..Math.Min(1000, ex.GetType().Name.Length + 2 + ex.Message.Length)];
}
