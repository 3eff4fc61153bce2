using System.Collections.Concurrent;

namespace CodiBot.Tests.Photos;

/// <summary>
/// A clock whose timers fire at once and which records every wait asked of it, so tests of waiting code are fast
/// and can still check how long it would have waited. <see cref="OnWait"/> runs before the wait ends.
/// </summary>
sealed class InstantDelays : TimeProvider
{
    readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    /// <summary>Called with the number of the wait (1, 2, ...) before it completes.</summary>
    public Action<int>? OnWait { get; set; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return new Timer(_ => { }, null, Timeout.Infinite, Timeout.Infinite);
        _waits.Enqueue(dueTime);
        OnWait?.Invoke(_waits.Count);
        return new Timer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
