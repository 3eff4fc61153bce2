namespace CodiBot.Simulator;

/// <summary>Reply tokens as LINE treats them: issued per event, used once, void after a short lifetime.</summary>
sealed class ReplyTokenBook(TimeProvider time)
{
    readonly Dictionary<string, (string ChatId, DateTimeOffset Expires)> _live = [];
    readonly Lock _gate = new();

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(60);

    public string Issue(string chatId)
    {
        var token = LineIds.Token();
        lock (_gate) _live[token] = (chatId, time.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>Chat the token belongs to, without using it up (to label errors).</summary>
    public string? Peek(string token) { lock (_gate) return _live.TryGetValue(token, out var t) ? t.ChatId : null; }

    /// <summary>Uses the token: returns its chat, or null when unknown, already used or expired.</summary>
    public string? Consume(string token)
    {
        lock (_gate)
        {
            if (!_live.Remove(token, out var t)) return null;
            return t.Expires > time.GetUtcNow() ? t.ChatId : null;
        }
    }

    public void Expire(string token) { lock (_gate) _live.Remove(token); }
}
