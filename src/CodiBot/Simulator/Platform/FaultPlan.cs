namespace CodiBot.Simulator;

/// <summary>Failures and delays queued by tests, matched by a substring of the request path, consumed in order.</summary>
sealed class FaultPlan
{
    public sealed record Fault(string PathContains, int Status, TimeSpan? RetryAfter, string? Message, TimeSpan? Delay);

    readonly List<Fault> _faults = [];
    readonly Lock _gate = new();

    public void Add(Fault fault, int times)
    {
        lock (_gate) for (var i = 0; i < times; i++) _faults.Add(fault);
    }

    /// <summary>Takes the first queued delay and the first queued failure matching the path (each independently).</summary>
    public (TimeSpan? Delay, Fault? Failure) Take(string path)
    {
        lock (_gate)
        {
            var delay = TakeFirst(path, f => f.Delay is not null)?.Delay;
            return (delay, TakeFirst(path, f => f.Delay is null));
        }
    }

    Fault? TakeFirst(string path, Func<Fault, bool> kind)
    {
        var i = _faults.FindIndex(f => kind(f) && path.Contains(f.PathContains, StringComparison.Ordinal));
        if (i < 0) return null;
        var f = _faults[i];
        _faults.RemoveAt(i);
        return f;
    }
}
