using System.Text;
using System.Text.RegularExpressions;
using CodiBot.Conversations;
using CodiBot.Digest;
using CodiBot.Staff;
using CodiBot.Storage;
using CodiBot.Thai;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Announcements;

/// <summary>
/// Staff announcements for today's digest: "ประกาศ ข้อความ…" adds one, "ประกาศวันนี้" lists them, "ลบประกาศ 2" removes one.
/// Only the word ประกาศ followed by a space or a new line counts, so "ประกาศปิดหมู่บ้าน แจกข้าว 50 ถุง" stays a report.
/// In a group they need a mention of the bot: staff announcing something to the people there are not talking to it.
/// </summary>
public sealed partial class AnnouncementCommands : IChatCommands
{
    static readonly string[] ListWords = ["ประกาศวันนี้", "ประกาศ วันนี้", "ประกาศของวันนี้", "ดูประกาศ", "announcements", "today's announcements", "announcements today"];

    public async Task<CommandResult?> TryHandleAsync(CommandTurn t, CancellationToken ct)
    {
        if (t.Turn.Kind is not (TurnKind.Text or TurnKind.Choice)) return null;
        if (t.InGroup && !t.Turn.AddressedToBot) return null;
        if (ListWords.Contains(t.Text)) return await Checked(t, () => ListAsync(t, ct));
        if (Remove().Match(t.Text) is { Success: true } remove) return await Checked(t, () => RemoveAsync(t, remove.Groups["n"].Value, ct));
        if (Add().Match(WithoutMention(t.Turn.Text)) is { Success: true } add) return await Checked(t, () => AddAsync(t, add.Groups["body"].Value, ct));
        return null;
    }

    static async Task<CommandResult> Checked(CommandTurn t, Func<Task<CommandResult>> command)
    {
        if (StaffTexts.RefuseUnlessStaff(t) is not { } refusal) return await command();
        var hint = t.Lang == Lang.En ? "\nTo send a report, type \"report\"." : "\nหากต้องการส่งรายงาน พิมพ์ \"รายงาน\" ได้เลยค่ะ";
        // A leader's "ประกาศ …" may be the start of a report: while a question waits, it answers the question.
        return CommandResult.Hinted(refusal with { Text = refusal.Text + (t.Role == Role.Leader ? hint : "") });
    }

    async Task<CommandResult> AddAsync(CommandTurn t, string body, CancellationToken ct)
    {
        var en = t.Lang == Lang.En;
        var text = Tidy(body);
        if (text.Length == 0)
            return CommandResult.Say(new(en
                ? "Please write the announcement after the word, e.g. \"announce Staff meeting at 9:00 tomorrow\"."
                : "กรุณาพิมพ์ข้อความต่อจากคำว่า ประกาศ ค่ะ เช่น \"ประกาศ พรุ่งนี้ประชุมทีม ศปก. 9 โมง\""));
        if (text.Length > AnnouncementBook.MaxLength)
            return CommandResult.Say(new(en
                ? $"This announcement is too long ({text.Length:N0} characters; at most {AnnouncementBook.MaxLength:N0}). Please shorten it and send it again."
                : $"ประกาศนี้ยาวเกินไปค่ะ ({text.Length:N0} ตัวอักษร ใส่ได้ไม่เกิน {AnnouncementBook.MaxLength:N0} ตัวอักษร) กรุณาย่อแล้วส่งใหม่นะคะ"));

        var today = await AnnouncementBook.OfDayAsync(t.Db, t.Ctx.Today, ct);
        var number = today.Count + 1;
        var userId = t.Turn.UserId!;
        var author = t.Person?.Name ?? await t.Db.StaffMembers.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        var row = new Announcement { Day = t.Ctx.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Text = text, AuthorUserId = userId, AuthorName = author, CreatedAt = t.Ctx.Now };
        return CommandResult.Say(new(en
                ? $"Announcement {number} for {ThaiDates.FormatEnglish(t.Ctx.Today)} saved; it will be in today's digest.\nTo see them: \"announcements\"; to remove it: \"remove announcement {number}\"."
                : $"บันทึกประกาศข้อ {number} ของวันที่ {ThaiDates.Format(t.Ctx.Today)} แล้วค่ะ จะแสดงในสรุปรายวันของวันนี้\nดูทั้งหมดพิมพ์ \"ประกาศวันนี้\" ลบพิมพ์ \"ลบประกาศ {number}\"",
                [ListChoice(t.Lang)]),
            new StoreChange("announcement", (db, _) => { db.Announcements.Add(row); return Task.CompletedTask; }));
    }

    static async Task<CommandResult> ListAsync(CommandTurn t, CancellationToken ct) =>
        CommandResult.Say(List(await AnnouncementBook.OfDayAsync(t.Db, t.Ctx.Today, ct), t.Ctx.Today, t.Lang));

    static async Task<CommandResult> RemoveAsync(CommandTurn t, string arg, CancellationToken ct)
    {
        var en = t.Lang == Lang.En;
        var today = await AnnouncementBook.OfDayAsync(t.Db, t.Ctx.Today, ct);
        if (StaffTexts.NumberIn(arg) is not { } n || n < 1 || n > today.Count)
        {
            var why = arg.Length == 0
                ? (en ? "Which one? Type its number, e.g. \"remove announcement 2\"." : "ลบประกาศข้อไหนคะ พิมพ์หมายเลข เช่น \"ลบประกาศ 2\"")
                : (en ? $"There is no announcement {Texts.Echo(arg)} today." : $"วันนี้ไม่มีประกาศข้อ {Texts.Echo(arg)} ค่ะ");
            return new CommandResult([new(why), List(today, t.Ctx.Today, t.Lang)]);
        }
        var (id, now) = (today[n - 1].Id, t.Ctx.Now);
        return CommandResult.Say(new(en
                ? $"Announcement {n} removed: \"{Preview(today[n - 1].Text)}\". It won't be in the digest."
                : $"ลบประกาศข้อ {n} แล้วค่ะ: \"{Preview(today[n - 1].Text)}\" จะไม่แสดงในสรุปรายวัน", [ListChoice(t.Lang)]),
            new StoreChange("announcement removed", async (db, c) =>
            {
                if (await db.Announcements.FindAsync([id], c) is { RemovedAt: null } row) row.RemovedAt = now;
            }));
    }

    static BotMessage List(List<Announcement> today, DateOnly day, Lang lang)
    {
        var en = lang == Lang.En;
        var date = ThaiDates.Format(day, en);
        if (today.Count == 0)
            return new(en ? $"No announcements for {date} yet. Add one with \"announce <text>\"." : $"ยังไม่มีประกาศของวันที่ {date} ค่ะ เพิ่มได้โดยพิมพ์ \"ประกาศ ข้อความ…\"");
        var s = new StringBuilder(en ? $"Announcements for {date} ({today.Count})" : $"ประกาศของวันที่ {date} ({today.Count:N0} ข้อ)");
        foreach (var (a, i) in today.Select((a, i) => (a, i)))
        {
            s.Append('\n').Append(i + 1).Append(". ").Append(Preview(a.Text));
            if (a.AuthorName is { Length: > 0 } name) s.Append(en ? " — " : " — โดย ").Append(name);
        }
        s.Append(en ? "\n\nTo remove one, type e.g. \"remove announcement 1\"." : "\n\nลบได้โดยพิมพ์ เช่น \"ลบประกาศ 1\"");
        return new(s.ToString());
    }

    /// <summary>Up to 120 characters on one line: the list stays short however long the announcements are (LINE caps a text at 5,000).</summary>
    static string Preview(string text)
    {
        return Graphemes.Clip(Spaces().Replace(text, " "), 120);
    }

    /// <summary>Keeps the author's line breaks, drops spaces at line ends and runs of blank lines.</summary>
    static string Tidy(string body)
    {
        var lines = body.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        return BlankRuns().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    /// <summary>The text as typed (line breaks kept), without a leading "@name" that was not a LINE mention.</summary>
    static string WithoutMention(string? text)
    {
        var s = (text ?? "").TrimStart();
        return s.StartsWith('@') ? LeadingWord().Replace(s, "") : s;
    }

    static Choice ListChoice(Lang lang) => lang == Lang.En ? new("Announcements", "announcements") : new("ประกาศวันนี้", "ประกาศวันนี้");

    [GeneratedRegex(@"^(ประกาศ(?=$|[ \t\r\n\u00a0])|announce(?=$|\s))(?<body>[\s\S]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Add();

    [GeneratedRegex(@"^(ลบประกาศ|ยกเลิกประกาศ|remove announcement|delete announcement)\s*(?<n>\S*)$")]
    private static partial Regex Remove();

    [GeneratedRegex(@"^@\S*\s*")] private static partial Regex LeadingWord();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"\n{3,}")] private static partial Regex BlankRuns();
}
