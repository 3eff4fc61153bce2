using System.Text.Json.Nodes;

namespace CodiBot.Simulator;

/// <summary>One line in a simulated chat. From is "user", "bot" or "system" (notes such as spec errors or webhook failures).</summary>
public sealed record ChatEntry(long Seq, string ChatId, string From, string? UserId, JsonObject Message, string? How, DateTimeOffset At);

/// <summary>
/// What each simulated chat shows, in order: the users' messages, the bot's deliveries and notes, plus
/// friendship and group membership of the bot. Fed by the platform's events, so it sees what LINE would.
/// </summary>
public sealed class SimulatorChats
{
    readonly Lock _gate = new();
    readonly List<ChatEntry> _entries = [];
    readonly Dictionary<string, string> _friendship = [];
    readonly HashSet<string> _botGroups = [];
    readonly TimeProvider _time;
    long _seq;

    public SimulatorChats(LinePlatform platform)
    {
        _time = platform.Time;
        platform.MessageDelivered += d => Add(d.ChatId, "bot", null, d.Message, d.How);
        platform.RequestCompleted += r =>
        {
            if (r.Errors.Count > 0) Note(r.ChatId ?? "*", $"LINE ตอบ {r.Status} ต่อ {r.Method} {r.Path}", r.Errors);
        };
    }

    public ChatEntry Add(string chatId, string from, string? userId, JsonObject message, string? how = null)
    {
        lock (_gate)
        {
            var e = new ChatEntry(++_seq, chatId, from, userId, message, how, _time.GetUtcNow());
            _entries.Add(e);
            return e;
        }
    }

    /// <summary>A small grey note in the chat; "*" shows in every chat (errors whose chat is unknown).</summary>
    public void Note(string chatId, string text, IEnumerable<string>? details = null)
    {
        var m = new JsonObject { ["type"] = "note", ["text"] = text };
        if (details is not null) m["details"] = new JsonArray([.. details.Select(d => (JsonNode)d)]);
        Add(chatId, "system", null, m);
    }

    public IReadOnlyList<ChatEntry> Since(string chatId, long after)
    {
        lock (_gate) return [.. _entries.Where(e => e.Seq > after && (e.ChatId == chatId || e.ChatId == "*"))];
    }

    /// <summary>"none" (never added), "friend" or "blocked".</summary>
    public string Friendship(string userId) { lock (_gate) return _friendship.GetValueOrDefault(userId, "none"); }
    public void SetFriendship(string userId, string state) { lock (_gate) _friendship[userId] = state; }

    public bool BotInGroup(string groupId) { lock (_gate) return _botGroups.Contains(groupId); }
    public void SetBotInGroup(string groupId, bool member) { lock (_gate) { if (member) _botGroups.Add(groupId); else _botGroups.Remove(groupId); } }
}
