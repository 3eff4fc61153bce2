namespace CodiBot.Simulator;

/// <summary>
/// Failures and delays, matched by a substring of the request path: queued ones (consumed in order) and, after those,
/// random ones at a given share of calls. A fault that <see cref="Fault.Delivers"/> lets the call take effect first
/// and fails only its answer, as LINE can: a 500 or a hang past the client's timeout after the message went out.
/// </summary>
sealed class FaultPlan
{
    public sealed record Fault(string PathContains, int Status, TimeSpan? RetryAfter, string? Message, TimeSpan? Delay, bool Delivers = false);

    /// <summary>Random failures: at <paramref name="Share"/> of matching calls, evenly one of 500, 429 and a hang, each delivering or not.</summary>
    public sealed record Chaos(string PathContains, double Share, TimeSpan Hang, Random Random);

    readonly List<Fault> _faults = [];
    readonly Lock _gate = new();
    Chaos? _chaos;

    public void Add(Fault fault, int times)
    {
        lock (_gate) for (var i = 0; i < times; i++) _faults.Add(fault);
    }

    public void SetChaos(Chaos? chaos)
    {
        lock (_gate) _chaos = chaos;
    }

    /// <summary>Takes the first queued delay and the first queued failure matching the path (each independently), else a random one.</summary>
    public (Fault? Delay, Fault? Failure) Take(string path)
    {
        lock (_gate)
        {
            var delay = TakeFirst(path, f => f.Delay is not null);
            var failure = TakeFirst(path, f => f.Delay is null);
            return delay is null && failure is null ? Random(path) : (delay, failure);
        }
    }

    (Fault? Delay, Fault? Failure) Random(string path)
    {
        if (_chaos is not { } c || !path.Contains(c.PathContains, StringComparison.Ordinal) || c.Random.NextDouble() >= c.Share) return (null, null);
        var delivers = c.Random.Next(2) == 0;
        return c.Random.Next(3) switch
        {
            0 => (new Fault(c.PathContains, 0, null, null, c.Hang, delivers), null),
            1 => (null, new Fault(c.PathContains, 500, null, null, null, delivers)),
            _ => (null, new Fault(c.PathContains, 429, TimeSpan.FromSeconds(1), null, null, delivers)),
        };
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
