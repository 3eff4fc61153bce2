using System.Text;
using System.Text.RegularExpressions;

namespace CodiBot.Conversations;

/// <summary>
/// Decides the answer to a turn outside any dialog. In groups it speaks only when addressed, so a busy
/// group chat is never flooded.
/// </summary>
public sealed partial class Router
{
    enum Intent { None, Help, Greeting, Thanks, Totals }

    static readonly (Intent Intent, string[] Words)[] Commands =
    [
        (Intent.Help, ["ช่วยเหลือ", "วิธีใช้", "เมนู", "help", "menu", "ทำอะไรได้บ้าง", "ใช้ยังไง", "ใช้งานยังไง", "start"]),
        (Intent.Greeting, ["สวัสดี", "หวัดดี", "ดีจ้า", "hello", "hi", "hey"]),
        (Intent.Thanks, ["ขอบคุณ", "ขอบใจ", "thanks", "thank you"]),
        (Intent.Totals, ["ยอด", "ดูยอด", "ดูยอดรวม", "ยอดรวม", "สรุป", "totals", "summary"]),
    ];

    /// <param name="registered">The person is registered: help shows adding an organisation, not registering.</param>
    public IReadOnlyList<BotMessage> Route(Turn turn, bool registered = false)
    {
        var lang = Language.Of(turn.Text);
        var inGroup = turn.Chat != ChatKind.User;
        switch (turn.Kind)
        {
            case TurnKind.Follow: return [Texts.Welcome(Lang.Th)];
            case TurnKind.Join: return [Texts.GroupGreeting(Lang.Th)];
            case TurnKind.Text or TurnKind.Choice:
                var intent = IntentOf(turn.Text);
                if (inGroup && !turn.AddressedToBot && !IsCommandOnly(turn.Text)) return [];
                return [Answer(intent, lang, registered)];
            // Outside a dialog, media in a group is conversation between people, not meant for the bot.
            case TurnKind.Photo when !inGroup: return turn.PhotoIndex <= 1 ? [Texts.PhotoOutsideReport(lang)] : [];
            case TurnKind.Location when !inGroup: return [Texts.LocationOutsideReport(lang)];
            case TurnKind.Sticker when !inGroup: return [Texts.Sticker(lang)];
            case TurnKind.Media when !inGroup: return [Texts.MediaNotSupported(lang)];
            default: return [];
        }
    }

    static BotMessage Answer(Intent intent, Lang lang, bool registered) => intent switch
    {
        Intent.Help => Texts.Help(lang, registered),
        Intent.Greeting => Texts.Greeting(lang),
        Intent.Thanks => Texts.Thanks(lang),
        Intent.Totals => Queries.TotalsExamples.Message(lang),
        _ => Texts.NotUnderstood(lang),
    };

    static Intent IntentOf(string? text)
    {
        var t = Normalize(text);
        if (t.Length == 0) return Intent.None;
        foreach (var (intent, words) in Commands)
            // Thai is written without spaces, so "ยอดหน้ากาก" starts with the command "ยอด"; English words need a space.
            if (words.Any(w => t == w || t.StartsWith(w + " ") || (!char.IsAsciiLetter(w[0]) && t.StartsWith(w))))
                return intent;
        return Intent.None;
    }

    /// <summary>Help, a greeting or thanks and nothing else: never a report or a question about totals, so nothing else need read it.</summary>
    public bool IsSmallTalk(string? text)
    {
        var t = Normalize(text);
        return Commands.Any(c => c.Intent is Intent.Help or Intent.Greeting or Intent.Thanks && c.Words.Contains(t));
    }

    /// <summary>A command word other than help ("ดูยอดรวม", "สวัสดี"): while a question waits it is answered beside it;
    /// help is the question's own help there.</summary>
    public bool IsAside(string? text)
    {
        var t = Normalize(text);
        return Commands.Any(c => c.Intent != Intent.Help && c.Words.Contains(t));
    }

    /// <summary>In a group, a message that is only a command word ("ช่วยเหลือ") addresses the bot; chat that merely contains it does not.</summary>
    public bool IsCommandOnly(string? text)
    {
        var t = Normalize(text);
        return Commands.Any(c => c.Words.Contains(t));
    }

    /// <summary>Lower-cases, drops a leading @mention of the bot, zero-width characters, polite particles and end punctuation.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var t = text.Normalize(NormalizationForm.FormC).Replace("\u200b", "").Replace("\u200c", "").Replace("\ufeff", "");
        t = Spaces().Replace(t, " ").Trim().ToLowerInvariant();
        t = LeadingMention().Replace(t, "");
        t = Politeness().Replace(t, "").Trim();
        return t;
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"^@\S*\s*")] private static partial Regex LeadingMention();
    [GeneratedRegex(@"(\s*(ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|หน่อย|ด้วย|[!?.。~]+))+$")] private static partial Regex Politeness();
}
