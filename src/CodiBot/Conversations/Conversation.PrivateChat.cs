using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Engine;

namespace CodiBot.Conversations;

public sealed partial class Conversation
{
    /// <summary>
    /// Personal data is never asked in a group: the group is told to continue in the 1:1 chat, and the dialog opens there
    /// with a push. LINE delivers that push only to someone who added the bot as a friend, and answers their profile only
    /// then: without it, the group is told how to add the bot.
    /// </summary>
    async Task StartInPrivateChatAsync(Scope s, DialogDefinition dialog, DialogStart start, CancellationToken ct)
    {
        var lang = s.Ctx.Lang;
        var userId = s.Turn.UserId!;
        Line.Messaging.UserProfile? profile;
        try { profile = await line.GetProfileAsync(userId, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogInformation(ex, "No LINE profile to check friendship before a private-chat push; pushing anyway");
            profile = new Line.Messaging.UserProfile(userId, "", null, null, null);
        }
        if (profile is null)
        {
            s.Messages.Add(Texts.AddFriendFirst(lang));
            return;
        }
        var privateCtx = s.Ctx with { ProfileName = s.Person?.Name ?? NullIfEmpty(profile.DisplayName) };
        var outcome = engine.Start(dialog, privateCtx, s.Turn.EventId, registrations.PrefillFor(s.Person, start, lang));
        s.Messages.Add(Texts.ContinuedInPrivateChat(lang));
        s.Messages.AddRange(outcome.Messages.Select(m => m with { To = userId }));
        if (outcome.State is { } state) s.Changes.Add(SaveState(PrivateChatKey(userId), userId, state, existed: true));
    }

    /// <summary>The conversation key of a user's 1:1 chat, as the webhook envelope makes it.</summary>
    static string PrivateChatKey(string userId) => "u:" + userId;

    static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
