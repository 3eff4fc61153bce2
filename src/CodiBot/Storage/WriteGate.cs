namespace CodiBot.Storage;

/// <summary>
/// SQLite allows one writer at a time, and a connection that finds the database locked backs off by
/// sleeping (up to 150 ms in Microsoft.Data.Sqlite). The worker, the outbox sender and the digest therefore
/// take turns here, in memory, instead of colliding in the database. (The webhook writes to a file of its own,
/// <see cref="Inbox.InboxLanding"/>, and never waits here.)
/// </summary>
public sealed class WriteGate
{
    readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        return new Exit(_gate);
    }

    /// <summary>Runs a write inside the gate.</summary>
    public async Task WriteAsync(Func<Task> write, CancellationToken ct = default)
    {
        using (await EnterAsync(ct)) await write();
    }

    sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        int _done;
        public void Dispose() { if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release(); }
    }
}
