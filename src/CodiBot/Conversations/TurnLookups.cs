using CodiBot.Dialogs;
using CodiBot.Line.Webhook;
using CodiBot.People;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Conversations;

/// <summary>
/// The reads every turn starts with (the person, the dialog state, a staff grant), made once for a whole inbox batch:
/// three queries per batch instead of three per event, and most turns then need no connection at all.
/// The inbox worker sets them around the batch it handles (an async-local, because handling goes through
/// <see cref="Inbox.IEventHandling"/>); a turn whose user or conversation was not read queries as before.
/// Reading at the start of the batch sees what each turn would have read: a batch holds one event per conversation,
/// and nothing it changes is committed before the batch ends.
/// </summary>
public sealed class TurnLookups
{
    static readonly AsyncLocal<TurnLookups?> Ambient = new();

    /// <summary>The lookups of the batch being handled on this flow, if any.</summary>
    public static TurnLookups? Current => Ambient.Value;

    readonly HashSet<string> _users;
    readonly HashSet<string> _keys;
    readonly Dictionary<string, Person> _people;
    readonly Dictionary<string, ConversationState> _states;
    readonly HashSet<string> _staff;

    TurnLookups(HashSet<string> users, HashSet<string> keys, Dictionary<string, Person> people,
        Dictionary<string, ConversationState> states, HashSet<string> staff) =>
        (_users, _keys, _people, _states, _staff) = (users, keys, people, states, staff);

    /// <summary>Sets these lookups for the calling flow and the tasks it starts from now on.</summary>
    public void Use() => Ambient.Value = this;

    public static async Task<TurnLookups> LoadAsync(CodiBotDb db, IReadOnlyList<string> conversationKeys, CancellationToken ct)
    {
        var keys = conversationKeys.ToHashSet(StringComparer.Ordinal);
        // A user in two conversations of one batch is left out: each turn gets its own Person, as a query would give.
        var users = conversationKeys.Select(WebhookEnvelope.UserOfConversationKey).OfType<string>().GroupBy(u => u, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var userList = users.ToList();
        var keyList = keys.ToList();
        var people = await db.People.AsNoTracking().Include(p => p.Memberships).ThenInclude(m => m.Organisation)
            .Where(p => userList.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, StringComparer.Ordinal, ct);
        var states = await db.Conversations.AsNoTracking()
            .Where(c => keyList.Contains(c.ConversationKey)).ToDictionaryAsync(c => c.ConversationKey, StringComparer.Ordinal, ct);
        var staff = await db.StaffMembers.Where(s => userList.Contains(s.UserId) && s.RevokedAt == null).Select(s => s.UserId).ToListAsync(ct);
        return new TurnLookups(users, keys, people, states, staff.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>True when the user was read for this batch; <paramref name="person"/> is null when not registered.</summary>
    public bool TryGetPerson(string userId, out Person? person)
    {
        person = _people.GetValueOrDefault(userId);
        return _users.Contains(userId);
    }

    public bool TryGetState(string conversationKey, out ConversationState? state)
    {
        state = _states.GetValueOrDefault(conversationKey);
        return _keys.Contains(conversationKey);
    }

    /// <summary>Whether the user holds an unrevoked staff grant; null when the user was not read for this batch.</summary>
    public bool? IsStaff(string userId) => _users.Contains(userId) ? _staff.Contains(userId) : null;
}
