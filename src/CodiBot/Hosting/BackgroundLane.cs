using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace CodiBot.Hosting;

/// <summary>
/// Threads for background processing (handling stored events, sending the outbox) that run only on CPU the web server
/// leaves idle. When the machine is short of CPU the webhook keeps acknowledging at full speed, because every event it
/// acknowledges is already on disk, and the backlog is worked off with what is left; when there is CPU to spare the
/// lane uses all of it. The webhook's commits go to their own file (<see cref="Inbox.InboxLanding"/>), so nothing the
/// lane holds, the <see cref="Storage.WriteGate"/> included, ever keeps the webhook waiting.
/// </summary>
public sealed class BackgroundLane : TaskScheduler, IDisposable
{
    /// <summary>
    /// On Linux the lane's threads use the SCHED_IDLE policy, and the lowest nice value as well. Under nice alone the
    /// scheduler still gives a busy lane thread its time slice before a woken web server thread; SCHED_IDLE gives way at
    /// once. Measured at 64 connections: 20,300–22,400 acknowledged events/s with nice 19 alone, 23,700–25,500 with
    /// SCHED_IDLE (and 5,100–5,400 against 3,500–3,600 answered meanwhile).
    /// </summary>
    public const int Niceness = 19;
    public const int IdlePolicy = 5; // SCHED_IDLE

    readonly BlockingCollection<Task> _queue = new(new ConcurrentQueue<Task>());
    readonly Thread[] _threads;
    [ThreadStatic] static BackgroundLane? s_current;

    /// <summary>
    /// More threads than cores: handling waits on SQLite and LINE in places, and with one thread per core the lane then
    /// idles (measured: 3,800 instead of 6,000 answered events/s). Idle low-priority threads cost nothing.
    /// </summary>
    public BackgroundLane() : this(8 * Environment.ProcessorCount) { }

    public BackgroundLane(int threads)
    {
        _threads = Enumerable.Range(0, threads).Select(i => new Thread(Work)
        {
            IsBackground = true,
            Name = $"Lane {i + 1}",
        }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

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
    /// .NET ignores <see cref="Thread.Priority"/> on Linux; there policy and nice value are per thread, and lowering them
    /// needs no privilege. Elsewhere the managed priority does the same job.
    /// </summary>
    static void LowerPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var tid = GetThreadId();
                _ = SetPriority(0 /* PRIO_PROCESS: with a thread id, that thread */, tid, Niceness);
                var priority = 0; // struct sched_param: SCHED_IDLE takes priority 0
                _ = SetScheduler(tid, IdlePolicy, ref priority);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { /* not glibc: run at normal priority */ }
        }
        else Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
    }

    // Plain ints only: nothing to marshal, so DllImport needs no unsafe code.
    [DllImport("libc", EntryPoint = "setpriority")]
    static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "sched_setscheduler")]
    static extern int SetScheduler(int pid, int policy, ref int param);

    [DllImport("libc", EntryPoint = "gettid")]
    static extern int GetThreadId();
}
