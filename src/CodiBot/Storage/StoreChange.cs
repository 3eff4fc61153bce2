namespace CodiBot.Storage;

/// <summary>
/// A state change produced while handling an event. Handling only reads; the inbox worker applies every change of
/// a batch in the transaction that marks its events done and queues their answers, so all of it lands or none.
/// </summary>
/// <param name="What">For logs when applying fails.</param>
public sealed record StoreChange(string What, Func<CodiBotDb, CancellationToken, Task> Apply);
