using CodiBot.Hosting;

namespace CodiBot.Inbox;

/// <summary>Wakes a worker when there is new work; the work itself is always read from the database.</summary>
public class WorkSignal
{
    readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try { if (_signal.CurrentCount == 0) _signal.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    /// <summary>Waits for a notification or the timeout (which also covers retry back-offs coming due).</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

public sealed class InboxSignal : WorkSignal;

/// <summary>
/// A background loop over database-held work: runs batches while there is work, then sleeps until signalled
/// (or a second passes, so retries that come due are picked up). A failed batch is logged and retried.
/// The loop runs on the low-priority <see cref="BackgroundLane"/>, so it never slows the webhook down.
/// </summary>
public abstract class BatchLoop(WorkSignal signal, BackgroundLane lane, ILogger log) : BackgroundService
{
    /// <summary>Runs one batch; returns how many items it settled (0 = nothing ready).</summary>
    protected abstract Task<int> RunBatchAsync(CancellationToken ct);

    /// <summary>What wakes this loop.</summary>
    protected WorkSignal Signal { get; } = signal;

    /// <summary>Where a batch runs its parallel parts.</summary>
    protected BackgroundLane Lane { get; } = lane;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Lane.Run(() => LoopAsync(stoppingToken));

    async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int settled;
            try { settled = await RunBatchAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex)
            {
                log.LogError(ex, "{Worker} batch failed; retrying shortly", GetType().Name);
                settled = 0;
            }
            if (settled > 0) continue;
            try { await Signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
