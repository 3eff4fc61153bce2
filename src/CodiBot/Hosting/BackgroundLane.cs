using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace CodiBot.Hosting;

/// <summary>
/// Threads for background processing (handling stored events, sending the outbox) at a lower CPU priority. When the
/// machine is short of CPU the webhook keeps acknowledging ahead of processing, because every event it acknowledges is
/// already on disk, and the backlog is worked off with the CPU the lane's weight gets; when there is CPU to spare the
/// lane uses all of it. The webhook's commits go to their own file (<see cref="Inbox.InboxLanding"/>), so nothing the
/// lane holds, the <see cref="Storage.WriteGate"/> included, ever keeps the webhook waiting.
/// </summary>
public sealed class BackgroundLane : TaskScheduler, IDisposable
{
    /// <summary>Where <c>Lane:Niceness</c> is read from; the default is <see cref="DefaultNiceness"/>.</summary>
    public const string NicenessSetting = "Lane:Niceness";

    /// <summary>
    /// Linux nice value of the lane's threads: CPU weight 110 against the webhook's 1,024. At 19 (weight 15) any busy
    /// process beside the bot starved it: with stress-ng on both cores it answered nothing for 10 s and more. At 10 it
    /// kept up with 300 events/s beside stress-ng and kept 88–99% of nice 19's acknowledgement rate in a burst; at 5 it
    /// answered faster there but kept only 56–83%. See bench/README.md, "The lane's nice value".
    /// </summary>
    public const int DefaultNiceness = 10;

    readonly int _niceness;
    readonly BlockingCollection<Task> _queue = new(new ConcurrentQueue<Task>());
    readonly Thread[] _threads;
    [ThreadStatic] static BackgroundLane? s_current;

    /// <summary>
    /// More threads than cores: handling waits on SQLite and LINE in places, and with one thread per core the lane then
    /// idles (measured: 3,800 instead of 6,000 answered events/s). Idle low-priority threads cost nothing.
    /// </summary>
    public static int DefaultThreads => 8 * Environment.ProcessorCount;

    /// <param name="niceness">0 (the webhook's own priority) to 19 (the lowest); raising priority needs privilege.</param>
    public BackgroundLane(int threads, int niceness)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(niceness);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(niceness, 19);
        _niceness = niceness;
        _threads = Enumerable.Range(0, threads).Select(i => new Thread(Work)
        {
            IsBackground = true,
            Name = $"Lane {i + 1}",
        }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    /// <summary>The nice value the lane's threads run at (Linux).</summary>
    public int Niceness => _niceness;

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>
    /// Runs an asynchronous operation on the lane; its awaits come back to the lane. A caller from outside goes on where
    /// it was (completion hops off the lane), so it never ends up running at low priority; a caller on the lane stays.
    /// </summary>
    public Task Run(Func<Task> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();
        return IsCurrentThread ? task : OffLane(task);
    }

    public Task<T> Run<T>(Func<Task<T>> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();
        return IsCurrentThread ? task : OffLane(task);
    }

    static async Task OffLane(Task task) => await task.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
    static async Task<T> OffLane<T>(Task<T> task) => await task.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);

    /// <summary>True on the lane's own threads (tests check where work ran).</summary>
    public bool IsCurrentThread => s_current == this;

    void Work()
    {
        s_current = this;
        LowerPriority();
        foreach (var task in _queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        s_current == this && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    public void Dispose() => _queue.CompleteAdding();

    /// <summary>
    /// .NET ignores <see cref="Thread.Priority"/> on Linux; there the nice value is per thread and lowering it needs no
    /// privilege. Elsewhere the managed priority does the same job.
    /// </summary>
    void LowerPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            try { _ = SetPriority(0 /* PRIO_PROCESS: with a thread id, that thread */, GetThreadId(), _niceness); }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { /* not glibc: run at normal priority */ }
        }
        else if (_niceness > 0) Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
    }

    // Plain ints only: nothing to marshal, so DllImport needs no unsafe code.
    [DllImport("libc", EntryPoint = "setpriority")]
    static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    static extern int GetThreadId();
}
