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
