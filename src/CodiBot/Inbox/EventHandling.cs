using CodiBot.Conversations;
using CodiBot.LineAdapter;
using CodiBot.Line.Messaging;
using CodiBot.Line.Webhook;
using CodiBot.Outbox;
using CodiBot.Photos;
using CodiBot.Storage;

namespace CodiBot.Inbox;

/// <summary>
/// What handling one stored event produced. Nothing is written while handling: the worker commits the
/// results of a whole batch in one transaction, together with the events' new status.
/// </summary>
public sealed record Handled(IReadOnlyList<OutboxMessage> Outgoing, IReadOnlyList<StoreChange>? Changes = null)
{
    public static readonly Handled Nothing = new([]);

    /// <summary>Not handled yet: the event stays pending, its conversation waits, until this ends (a photo downloading).</summary>
    public Task? WaitFor { get; init; }
}

public interface IEventHandling
{
    Task<Handled> HandleAsync(InboxEvent stored, CancellationToken ct);
}

/// <summary>Parses a stored LINE event, routes it, and renders the answer as outbox messages.</summary>
public sealed class EventHandling(Conversation conversation, LineClient line, TimeProvider clock, ILogger<EventHandling> log) : IEventHandling
{
    public async Task<Handled> HandleAsync(InboxEvent stored, CancellationToken ct)
    {
        var e = WebhookEventParser.Parse(stored.Payload);
        if (e is UnknownEvent)
            log.LogInformation("Ignoring unknown LINE event type {Type} ({EventId})", e.Type, e.WebhookEventId);
        // Standby: another channel is answering this chat; store only, never send.
        if (e.IsStandby) return Handled.Nothing;

        var turn = LineTurns.From(e);
        if (turn is null) return Handled.Nothing;

        if (turn.Kind == TurnKind.Photo && turn.Chat == ChatKind.User)
            ShowLoading(turn.ChatId);

        TurnResult result;
        try { result = await conversation.HandleAsync(turn, stored.ConversationKey, ct); }
        catch (PhotoPending pending) { return Handled.Nothing with { WaitFor = pending.Download }; }
        // Answers go back to the turn's chat (reply first); those addressed elsewhere go as pushes.
        var outgoing = result.Messages.GroupBy(m => m.To).SelectMany(g => ToOutbox(g.ToList(), g.Key ?? turn.ChatId,
            g.Key is null ? e.ReplyToken : null, e.Timestamp, stored.WebhookEventId)).ToList();
        return new Handled(outgoing, result.Changes);
    }

    IReadOnlyList<OutboxMessage> ToOutbox(IReadOnlyList<BotMessage> answers, string chatId, string? replyToken, long eventTime, string eventId)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var rendered = LineRendering.Render(answers);
        // A reply token serves one request of up to five messages; anything beyond goes as push.
        return rendered.Chunk(LineRendering.MaxMessagesPerRequest).Select((chunk, i) => new OutboxMessage
        {
            RetryKey = Guid.NewGuid(),
            ChatId = chatId,
            ReplyToken = i == 0 ? replyToken : null,
            ReplyTokenIssuedAt = eventTime,
            MessagesJson = LineMessage.SerializeArray(chunk),
            SourceEventId = eventId,
            CreatedAt = now,
        }).ToList();
    }

    /// <summary>Best effort and outside the transaction: the animation is a courtesy, not a result.</summary>
    void ShowLoading(string chatId) => _ = Task.Run(async () =>
    {
        try { await line.ShowLoadingAsync(chatId, 20, CancellationToken.None); }
        catch (Exception ex) { log.LogDebug(ex, "Loading animation not shown"); }
    });
}
