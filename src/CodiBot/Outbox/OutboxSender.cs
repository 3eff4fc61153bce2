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
    public int MaxAttempts { get; set; } = 8;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>LINE's reply token lives about a minute; an "invalid token" sooner than this means our earlier try used it.</summary>
    public TimeSpan ReplyTokenLifetime { get; set; } = TimeSpan.FromSeconds(50);
}

/// <summary>
/// Sends committed outbox messages: chats in parallel, each chat's messages in order. A message whose
/// earlier attempt may have reached LINE (it was pending when the service started, or an attempt failed
/// without an answer) is re-sent with the same retry key, which LINE answers with 409, and a reply token
/// that such an attempt used up is not turned into a second, pushed copy.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes, OutboxSignal signal, WriteGate gate, LineClient line, BackgroundLane lane, TimeProvider clock,
    IOptions<OutboxOptions> options, ILogger<OutboxSender> log) : BatchLoop(signal, lane, log)
{
    protected override Task<int> RunBatchAsync(CancellationToken ct) => SendBatchAsync(ct);

    long? _lastIdBeforeStart;

    public async Task<int> SendBatchAsync(CancellationToken ct)
    {
        var opts = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        _lastIdBeforeStart ??= await db.OutboxMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0;

        var page = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.Id).Take(opts.BatchSize).ToListAsync(ct);
        // A chat's messages go in order: hold a chat back entirely while its oldest message waits for a retry.
        var chats = page.GroupBy(m => m.ChatId)
            .Where(g => g.First().NextAttemptAt <= now)
            .Select(g => g.ToList()).ToList();
        if (chats.Count == 0) return 0;

        var attempted = new System.Collections.Concurrent.ConcurrentBag<OutboxMessage>();
        await Parallel.ForEachAsync(chats, new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = ct, TaskScheduler = Lane }, async (chat, token) =>
        {
            foreach (var m in chat)
            {
                attempted.Add(m);
                if (!await SendOneAsync(m, token)) break;
            }
        });

        await gate.WriteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
            foreach (var sent in attempted.Where(m => m.Status == OutboxStatus.Sent).GroupBy(m => m.Delivery))
            {
                var ids = sent.Select(m => m.Id).ToList();
                await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.Delivery, sent.Key)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), CancellationToken.None);
            }
            // Retries and refusals are rare: plain change tracking is fine for them.
            foreach (var m in attempted.Where(m => m.Status != OutboxStatus.Sent))
            {
                db.OutboxMessages.Attach(m);
                db.Entry(m).State = EntityState.Modified;
            }
            await db.SaveChangesAsync(CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        });
        return attempted.Count;
    }

    /// <summary>Sends one message and records the outcome on it; false when the chat must wait (retry later).</summary>
    async Task<bool> SendOneAsync(OutboxMessage m, CancellationToken ct)
    {
        var opts = options.Value;
        var now = clock.GetUtcNow();
        m.Attempts++;
        try
        {
            var messages = LineMessage.ParseArray(m.MessagesJson);
            MarkSent(m, await DeliverAsync(m, messages, now, ct));
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
            if (m.Attempts >= opts.MaxAttempts)
            {
                m.Status = OutboxStatus.Failed;
                log.LogError(ex, "Giving up on message {OutboxId} for {ChatId} after {Attempts} attempts", m.Id, m.ChatId, m.Attempts);
                return true;
            }
            m.NextAttemptAt = Retries.NextAttemptAt(now.ToUnixTimeMilliseconds(), opts.RetryBaseDelay, m.Attempts);
            log.LogWarning(ex, "Sending message {OutboxId} failed (attempt {Attempts}); will retry", m.Id, m.Attempts);
            return false;
        }
    }

    /// <summary>Reply when we can (free); push with the message's retry key when the token is gone.</summary>
    async Task<string> DeliverAsync(OutboxMessage m, IReadOnlyList<LineMessage> messages, DateTimeOffset now, CancellationToken ct)
    {
        if (m.ReplyToken is not null)
        {
            try
            {
                await line.ReplyAsync(m.ReplyToken, messages, ct);
                return "reply";
            }
            catch (LineApiException ex) when (ex.IsInvalidReplyToken)
            {
                var tokenAge = now - DateTimeOffset.FromUnixTimeMilliseconds(m.ReplyTokenIssuedAt);
                // Tokens are single use: still young but "invalid" after our own earlier try means that try was delivered.
                if (MayHaveBeenSent(m) && tokenAge < options.Value.ReplyTokenLifetime)
                {
                    log.LogWarning("Reply token of message {OutboxId} already used by an earlier attempt; not sending again", m.Id);
                    return "reply";
                }
                log.LogWarning("Reply token of message {OutboxId} expired after {Age}; pushing instead (costs quota), request {RequestId}",
                    m.Id, tokenAge, ex.RequestId);
            }
        }
        await line.PushAsync(m.ChatId, messages, m.RetryKey, ct);
        return "push";
    }

    /// <summary>An earlier attempt, in this run or before a restart, may have reached LINE without us hearing back.</summary>
    bool MayHaveBeenSent(OutboxMessage m) => m.Attempts > 1 || m.Id <= _lastIdBeforeStart;

    /// <summary>Sent rows are written by the batch update in <see cref="SendBatchAsync"/>, which sets SentAt.</summary>
    static void MarkSent(OutboxMessage m, string delivery)
    {
        m.Status = OutboxStatus.Sent;
        m.Delivery = delivery;
    }
}
