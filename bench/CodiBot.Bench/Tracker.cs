using System.Collections.Concurrent;
using System.Diagnostics;

namespace CodiBot.Bench;

/// <summary>
/// A grow-only array of longs in 64 Ki chunks, written by index from many threads without locks.
/// Zero means "not set"; timestamps are Stopwatch ticks, which are never zero after start-up.
/// </summary>
public sealed class LongLog
{
    const int Shift = 16, ChunkSize = 1 << Shift, Mask = ChunkSize - 1;
    readonly long[]?[] _chunks = new long[]?[1 << 14]; // 2^30 slots at most

    long[] Chunk(long index)
    {
        var c = (int)(index >> Shift);
        return Volatile.Read(ref _chunks[c]) ?? Interlocked.CompareExchange(ref _chunks[c], new long[ChunkSize], null) ?? _chunks[c]!;
    }

    public long this[long index]
    {
        get
        {
            var chunk = Volatile.Read(ref _chunks[(int)(index >> Shift)]);
            return chunk is null ? 0 : Volatile.Read(ref chunk[index & Mask]);
        }
        set => Volatile.Write(ref Chunk(index)[index & Mask], value);
    }

    /// <summary>Sets the slot only when it is still zero; true when this call set it.</summary>
    public bool TrySet(long index, long value) => TryReplace(index, 0, value);

    /// <summary>Sets the slot only when it still holds <paramref name="expected"/>; true when this call set it.</summary>
    public bool TryReplace(long index, long expected, long value) =>
        Interlocked.CompareExchange(ref Chunk(index)[index & Mask], value, expected) == expected;
}

/// <summary>How an answer reached the stand-in LINE API.</summary>
public enum AnswerKind : byte { None, Reply, Push }

/// <summary>
/// Shared record of the run: per request its intended send time, acknowledgement time and status;
/// per event the arrival time of its answer at the stand-in. Request r holds events r*k .. r*k+k-1.
/// </summary>
public sealed class Tracker(int eventsPerRequest, int users)
{
    public int EventsPerRequest { get; } = eventsPerRequest;
    public int Users { get; } = users;

    public readonly LongLog Intended = new();   // request → Stopwatch ticks it was meant to be sent (closed loop: when it was)
    public readonly LongLog Acked = new();      // request → Stopwatch ticks its 200 arrived
    public readonly LongLog Status = new();     // request → HTTP status, or -1 for an exception
    public readonly LongLog Answered = new();   // event → Stopwatch ticks its first answer arrived
    public readonly LongLog AnsweredBy = new(); // event → AnswerKind

    // Counters (events unless named otherwise), over the whole run including warm-up.
    public long RequestsSent, RequestsAcked, EventsAcked, EventsAnswered;
    public long Replies, RepliesMatched, RepliesDuplicate, RepliesForeign;
    public long Pushes, PushesMatched, PushesUnmatched, PushRetryKeyMissing, PushRetryKeyRepeated;
    public long LoadingStarts, Profiles, Other, MissingBearer;
    public readonly ConcurrentDictionary<string, long> OtherPaths = new();
    public readonly ConcurrentDictionary<string, long> Errors = new();

    // Per user: events sent to the bot in send order, so a push to that user can be matched to its oldest unanswered event.
    readonly ConcurrentQueue<long>?[] _perUser = new ConcurrentQueue<long>?[users];

    /// <summary>Called before a request is sent, for each of its events.</summary>
    public void EventSent(long evt, int user)
    {
        var q = Volatile.Read(ref _perUser[user]) ?? Interlocked.CompareExchange(ref _perUser[user], new(), null) ?? _perUser[user]!;
        q.Enqueue(evt);
    }

    /// <summary>Records a reply to event <paramref name="evt"/> of <paramref name="user"/>; false when its token was used by an earlier reply (LINE would refuse it).</summary>
    public bool RecordReply(long evt, int user, long now)
    {
        Interlocked.Increment(ref Replies);
        if (evt < 0) { Interlocked.Increment(ref RepliesForeign); return true; }
        if (Answer(evt, now, AnswerKind.Reply)) { Interlocked.Increment(ref RepliesMatched); return true; }
        if (AnsweredBy.TryReplace(evt, (long)AnswerKind.Push, (long)AnswerKind.Reply))
        {
            // A push to this user was matched to this event by guess; the reply token is proof, so the event is the reply's,
            // and the push moves on to the user's next unanswered event.
            var pushedAt = Answered[evt];
            Answered[evt] = now;
            Interlocked.Increment(ref RepliesMatched);
            if (!MatchPush(user, pushedAt))
            {
                Interlocked.Decrement(ref PushesMatched);
                Interlocked.Increment(ref PushesUnmatched);
            }
            return true;
        }
        Interlocked.Increment(ref RepliesDuplicate);
        return false;
    }

    /// <summary>Matches a push to the recipient's oldest event that has no answer yet.</summary>
    public void RecordPush(int user, long now)
    {
        Interlocked.Increment(ref Pushes);
        Interlocked.Increment(ref MatchPush(user, now) ? ref PushesMatched : ref PushesUnmatched);
    }

    bool MatchPush(int user, long at)
    {
        if (user >= 0 && user < _perUser.Length && Volatile.Read(ref _perUser[user]) is { } q)
            while (q.TryDequeue(out var evt))
                if (Answer(evt, at, AnswerKind.Push)) return true;
        return false;
    }

    bool Answer(long evt, long now, AnswerKind kind)
    {
        // The kind goes first so that whoever sees the time also sees how it came.
        if (!AnsweredBy.TrySet(evt, (long)kind)) return false;
        Answered[evt] = now;
        Interlocked.Increment(ref EventsAnswered);
        return true;
    }

    public void Error(string what) => Errors.AddOrUpdate(what, 1, (_, n) => n + 1);

    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
    public static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);
}
