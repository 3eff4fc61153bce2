namespace CodiBot.Simulator;

/// <summary>User-sent media as LINE's data host serves it: ready, still preparing (202) or gone (410).</summary>
sealed class ContentStore
{
    public enum State { Ready, Preparing, Gone }
    public sealed record Item(byte[] Bytes, string ContentType, State State);

    readonly Dictionary<string, Item> _items = [];
    readonly Lock _gate = new();

    public void Store(string messageId, byte[] bytes, string contentType, State state = State.Ready)
    {
        lock (_gate) _items[messageId] = new(bytes, contentType, state);
    }

    public void Mark(string messageId, State state)
    {
        lock (_gate)
            _items[messageId] = _items.TryGetValue(messageId, out var i) ? i with { State = state } : new([], "application/octet-stream", state);
    }

    public Item? Get(string messageId) { lock (_gate) return _items.GetValueOrDefault(messageId); }
}
