using CodiBot.Conversations;
using CodiBot.Line.Webhook;

namespace CodiBot.LineAdapter;

/// <summary>Turns LINE webhook events into channel-independent turns. Events the bot has no use for map to null.</summary>
public static class LineTurns
{
    public static Turn? From(WebhookEvent e)
    {
        var (chat, chatId, userId) = e.Source switch
        {
            GroupSource g => (ChatKind.Group, g.GroupId, g.UserId),
            RoomSource r => (ChatKind.Room, r.RoomId, r.UserId),
            UserSource u => (ChatKind.User, u.UserId, (string?)u.UserId),
            _ => (ChatKind.User, "", (string?)null),
        };
        if (string.IsNullOrEmpty(chatId)) return null;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(e.Timestamp);
        Turn T(TurnKind kind, string? text = null, bool addressed = false) =>
            new(e.WebhookEventId, kind, chat, chatId, userId, at, text, addressed);

        return e switch
        {
            MessageEvent { Message: TextMessageContent t } => TextTurn(T(TurnKind.Text), t) with { MessageId = t.Id },
            MessageEvent { Message: ImageMessageContent i } => T(TurnKind.Photo) with
            {
                PhotoSetId = i.ImageSet?.Id, PhotoIndex = i.ImageSet?.Index ?? 1, PhotoTotal = i.ImageSet?.Total ?? i.ImageSet?.Index ?? 1, MessageId = i.Id,
            },
            MessageEvent { Message: LocationMessageContent l } => T(TurnKind.Location, l.Address ?? l.Title) with { MessageId = l.Id, Latitude = l.Latitude, Longitude = l.Longitude },
            MessageEvent { Message: StickerMessageContent } => T(TurnKind.Sticker),
            MessageEvent { Message: VideoMessageContent or AudioMessageContent or FileMessageContent } => T(TurnKind.Media),
            PostbackEvent p => T(TurnKind.Choice, p.Data, addressed: true),
            FollowEvent => T(TurnKind.Follow),
            UnfollowEvent => T(TurnKind.Unfollow),
            JoinEvent => T(TurnKind.Join),
            LeaveEvent => T(TurnKind.Leave),
            MemberJoinedEvent => T(TurnKind.MembersJoined),
            MemberLeftEvent => T(TurnKind.MembersLeft),
            UnsendEvent u => T(TurnKind.Unsend) with { MessageId = u.MessageId },
            _ => null,
        };
    }

    /// <summary>A mention of the bot addresses it; the mention itself is cut out of the text the bot reads.</summary>
    static Turn TextTurn(Turn turn, TextMessageContent t)
    {
        var text = t.Text ?? "";
        var self = t.Mentions.Where(m => m.IsSelf).OrderByDescending(m => m.Index).ToList();
        foreach (var m in self)
            if (m.Index >= 0 && m.Index + m.Length <= text.Length)
                text = text.Remove(m.Index, m.Length);
        return turn with { Text = text.Trim(), AddressedToBot = self.Count > 0 };
    }
}
