using CodiBot.Hosting;
using CodiBot.Inbox;
using CodiBot.Line.Messaging;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Outbox;

public sealed class OutboxSignal : WorkSignal;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";
    public int BatchSize { get; set; } = 500;
    /// <summary>Attempts before a message is given up (a reply whose token may still work is never given up).</summary>
    public int MaxAttempts { get; set; } = 8;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>A message goes as a reply only when its first attempt starts within this time of the event (see <see cref="ReplyOrPush"/>).</summary>
    public TimeSpan ReplyWindow { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Sends committed outbox messages: chats in parallel, each chat's messages in order, in rounds of one message per
/// chat. Each round's attempts are written down before anything is sent and their outcomes after, so after a crash or a
/// lost answer the next attempt knows that one may have gone out (<see cref="ReplyOrPush"/> decides what that means).
/// Outcomes whose commit failed are kept and written before anything else is sent: nothing is sent twice for it.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes, OutboxSignal signal, WriteGate gate, LineClient line, BackgroundLane lane, TimeProvider clock,
    IOptions<OutboxOptions> options, ILogger<OutboxSender> log) : BatchLoop(signal, lane, log)
{
    protected override Task<int> RunBatchAsync(CancellationToken ct) => SendBatchAsync(ct);

    List<OutboxMessage> _unrecorded = [];

    public async Task<int> SendBatchAsync(CancellationToken ct)
    {
        var opts = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        if (_unrecorded.Count > 0)
        {
            await RecordAsync(db, _unrecorded);
            _unrecorded = [];
        }

        var now = clock.GetUtcNow();
        var page = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.Id).Take(opts.BatchSize).ToListAsync(ct);
        // A chat's messages go in order: hold a chat back entirely while its oldest message waits for a retry.
        var chats = page.GroupBy(m => m.ChatId)
            .Where(g => g.First().NextAttemptAt <= now.ToUnixTimeMilliseconds())
            .Select(g => new Queue<OutboxMessage>(g)).ToList();

        var settled = 0;
        var round = chats.Select(q => (Message: q.Dequeue(), Following: q)).ToList();
        while (round.Count > 0)
        {
            await BeginAsync(db, [.. round.Select(r => r.Message)], clock.GetUtcNow());
            var next = new System.Collections.Concurrent.ConcurrentBag<(OutboxMessage, Queue<OutboxMessage>)>();
            await Parallel.ForEachAsync(round, new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = ct, TaskScheduler = Lane }, async (r, token) =>
            {
                if (await SendOneAsync(r.Message, token) && r.Following.TryDequeue(out var following)) next.Add((following, r.Following));
            });
            _unrecorded = [.. round.Select(r => r.Message)];
            await RecordAsync(db, _unrecorded);
            _unrecorded = [];
            settled += round.Count;
            round = [.. next];
        }
        return settled;
    }

    /// <summary>Counts the attempts and fixes reply or push, durably, before sending anything.</summary>
    async Task BeginAsync(CodiBotDb db, IReadOnlyList<OutboxMessage> messages, DateTimeOffset now)
    {
        var dropped = new List<long>();
        foreach (var m in messages)
        {
            if (m.ReplyToken is not null && !ReplyOrPush.KeepsToken(m, now, options.Value.ReplyWindow))
            {
                m.ReplyToken = null;
                dropped.Add(m.Id);
            }
            m.Attempts++;
        }
        var ids = messages.Select(m => m.Id).ToList();
        await gate.WriteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
            await db.OutboxMessages.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, m => m.Attempts + 1), CancellationToken.None);
            if (dropped.Count > 0)
                await db.OutboxMessages.Where(m => dropped.Contains(m.Id))
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.ReplyToken, (string?)null), CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        });
    }

    /// <summary>Writes the outcomes (absolute values: writing them twice is harmless).</summary>
    async Task RecordAsync(CodiBotDb db, IReadOnlyList<OutboxMessage> messages)
    {
        var sentAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await gate.WriteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
            foreach (var sent in messages.Where(m => m.Status == OutboxStatus.Sent).GroupBy(m => m.Delivery))
            {
                var ids = sent.Select(m => m.Id).ToList();
                await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAt, sentAt)
                    .SetProperty(m => m.Delivery, sent.Key), CancellationToken.None);
            }
            // Retries and refusals are rare: plain change tracking is fine for them.
            foreach (var m in messages.Where(m => m.Status != OutboxStatus.Sent))
            {
                db.OutboxMessages.Attach(m);
                db.Entry(m).State = EntityState.Modified;
            }
            await db.SaveChangesAsync(CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        });
    }

    /// <summary>Sends one message and records the outcome on it; false when the chat must wait (retry later).</summary>
    async Task<bool> SendOneAsync(OutboxMessage m, CancellationToken ct)
    {
        var opts = options.Value;
        var now = clock.GetUtcNow();
        try
        {
            var messages = LineMessage.ParseArray(m.MessagesJson);
            m.Delivery = await ReplyOrPush.DeliverAsync(line, m, messages, now, log, ct);
            m.Status = OutboxStatus.Sent;
            return true;
        }
        catch (LineApiException ex) when (!ex.IsRetryable)
        {
            m.Status = OutboxStatus.Failed;
            m.LastError = $"{ex.StatusCode} {ex.LineMessage} (request {ex.RequestId})";
            log.LogError("LINE refused message {OutboxId} for {ChatId}: {Status} {Message} (request {RequestId})",
                m.Id, m.ChatId, ex.StatusCode, ex.LineMessage, ex.RequestId);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            m.LastError = Retries.Describe(ex);
            var live = ReplyOrPush.MayStillBeLive(m, now);
            if (!live && m.Attempts >= opts.MaxAttempts)
            {
                m.Status = OutboxStatus.Failed;
                log.LogError(ex, "Giving up on message {OutboxId} for {ChatId} after {Attempts} attempts", m.Id, m.ChatId, m.Attempts);
                return true;
            }
            m.NextAttemptAt = live
                ? (now + opts.RetryBaseDelay).ToUnixTimeMilliseconds()
                : Retries.NextAttemptAt(now.ToUnixTimeMilliseconds(), opts.RetryBaseDelay, m.Attempts);
            log.LogWarning("Sending message {OutboxId} failed (attempt {Attempts}): {Error}; will retry", m.Id, m.Attempts, m.LastError);
            return false;
        }
    }
}
