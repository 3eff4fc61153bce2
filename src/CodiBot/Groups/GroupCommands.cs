using CodiBot.Conversations;
using CodiBot.Digest;
using CodiBot.Line.Messaging;
using CodiBot.Staff;
using CodiBot.Storage;
using CodiBot.Thai;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Groups;

/// <summary>
/// The groups the bot is in: recorded on join, marked left (and unsubscribed) on leave; staff subscribe a group to the
/// daily digest, for the whole country or one region, and unsubscribe it; anyone in it can ask its status.
/// </summary>
public sealed class GroupCommands(LineClient line, BangkokClock bangkok, IOptions<DigestOptions> digest, ILogger<GroupCommands> log) : IChatCommands
{
    static readonly string[] SubscribeWords = ["สมัครรับสรุปรายวัน", "รับสรุปรายวัน", "subscribe daily digest", "subscribe digest", "subscribe"];
    static readonly string[] UnsubscribeWords = ["เลิกรับสรุปรายวัน", "ยกเลิกรับสรุปรายวัน", "ยกเลิกสรุปรายวัน", "หยุดรับสรุปรายวัน", "unsubscribe daily digest", "unsubscribe digest", "unsubscribe"];
    static readonly string[] StatusWords = ["สถานะกลุ่ม", "group status"];

    public async Task<CommandResult?> TryHandleAsync(CommandTurn t, CancellationToken ct)
    {
        switch (t.Turn.Kind)
        {
            case TurnKind.Join: return await JoinAsync(t, ct);
            case TurnKind.Leave: return new CommandResult([], [Left(t.Turn.ChatId, KindOf(t.Turn.Chat), t.Ctx.Now)]);
            case TurnKind.Text or TurnKind.Choice: break;
            default: return null;
        }
        var text = t.Text;
        if (UnsubscribeWords.Contains(text)) return await UnsubscribeAsync(t, ct);
        if (StatusWords.Contains(text)) return await StatusAsync(t, ct);
        if (StaffTexts.CommandAt(text, SubscribeWords) is { } word)
            return await SubscribeAsync(t, text[word.Length..].Trim(), ct);
        return null;
    }

    async Task<CommandResult> JoinAsync(CommandTurn t, CancellationToken ct)
    {
        var (groupId, kind, now) = (t.Turn.ChatId, KindOf(t.Turn.Chat), t.Ctx.Now);
        var name = t.Turn.Chat == ChatKind.Group ? await GroupNameAsync(groupId, ct) : null;
        return CommandResult.Say(Greeting(now), new StoreChange("group joined", async (db, c) =>
        {
            var group = await db.Groups.FindAsync([groupId], c);
            if (group is null) db.Groups.Add(new ChatGroup { GroupId = groupId, Kind = kind, Name = name, JoinedAt = now });
            else
            {
                group.Name = name ?? group.Name;
                group.JoinedAt = now;
                group.LeftAt = null;
            }
        }));
    }

    /// <summary>The bot was removed (or the room emptied): nothing more goes to this chat.</summary>
    static StoreChange Left(string groupId, string kind, long now) => new("group left", async (db, ct) =>
    {
        var group = await db.Groups.FindAsync([groupId], ct);
        if (group is null) db.Groups.Add(group = new ChatGroup { GroupId = groupId, Kind = kind, JoinedAt = now });
        group.LeftAt = now;
        group.DigestSubscribed = false;
    });

    async Task<CommandResult> SubscribeAsync(CommandTurn t, string regionText, CancellationToken ct)
    {
        if (Refusal(t) is { } refusal) return CommandResult.Say(refusal);
        var en = t.Lang == Lang.En;
        Region? region = null;
        if (regionText.Length > 0)
        {
            if (RegionIn(regionText) is not { } r)
                return CommandResult.Say(new(en
                    ? $"I don't know the region \"{Texts.Echo(regionText)}\". Pick a region, or the whole country:"
                    : $"ไม่รู้จักภาค \"{Texts.Echo(regionText)}\" ค่ะ เลือกภาค หรือรับสรุปทั้งประเทศได้เลยค่ะ", RegionChoices(t.Lang)));
            region = r;
        }
        var group = await t.Db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.GroupId == t.Turn.ChatId, ct);
        var regionId = region is { } x ? Regions.Id(x) : null;
        var scope = ScopeText(regionId, t.Lang);
        var when = When(t);
        if (group is { DigestSubscribed: true, LeftAt: null } && group.DigestRegion == regionId)
            return CommandResult.Say(new(en ? $"This group already gets the daily digest ({scope}) {when}." : $"กลุ่มนี้รับสรุปรายวัน ({scope}) {when} อยู่แล้วค่ะ"));

        var changed = group is { DigestSubscribed: true, LeftAt: null };
        var answer = en
            ? $"{(changed ? "Changed: this group" : "Done: this group")} will get the daily situation digest ({scope}) {when}. 🙏\nTo stop, type \"unsubscribe digest\"."
            : $"{(changed ? "เปลี่ยนแล้วค่ะ" : "เรียบร้อยค่ะ")} กลุ่มนี้จะได้รับสรุปสถานการณ์รายวัน ({scope}) {when} 🙏\nเลิกรับได้โดยพิมพ์ \"เลิกรับสรุปรายวัน\"";
        var (groupId, kind, by, now) = (t.Turn.ChatId, KindOf(t.Turn.Chat), t.Turn.UserId, t.Ctx.Now);
        return CommandResult.Say(new(answer), new StoreChange("digest subscription", async (db, c) =>
        {
            var row = await db.Groups.FindAsync([groupId], c);
            // A group the bot joined before groups were recorded: a message from it shows the bot is there.
            if (row is null) db.Groups.Add(row = new ChatGroup { GroupId = groupId, Kind = kind, JoinedAt = now });
            row.LeftAt = null;
            row.DigestSubscribed = true;
            row.DigestRegion = regionId;
            row.SubscribedBy = by;
            row.SubscribedAt = now;
        }));
    }

    async Task<CommandResult> UnsubscribeAsync(CommandTurn t, CancellationToken ct)
    {
        if (Refusal(t) is { } refusal) return CommandResult.Say(refusal);
        var en = t.Lang == Lang.En;
        var group = await t.Db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.GroupId == t.Turn.ChatId, ct);
        if (group is not { DigestSubscribed: true })
            return CommandResult.Say(new(en ? "This group isn't subscribed to the daily digest." : "กลุ่มนี้ไม่ได้รับสรุปรายวันอยู่แล้วค่ะ"));
        var groupId = t.Turn.ChatId;
        return CommandResult.Say(new(en
                ? "Done: this group will no longer get the daily digest. To start again, type \"subscribe digest\"."
                : "เลิกรับสรุปรายวันแล้วค่ะ กลุ่มนี้จะไม่ได้รับสรุปอีก หากต้องการรับใหม่ พิมพ์ \"รับสรุปรายวัน\" ได้เลยค่ะ"),
            new StoreChange("digest unsubscription", async (db, c) =>
            {
                if (await db.Groups.FindAsync([groupId], c) is { } row) { row.DigestSubscribed = false; row.DigestRegion = null; }
            }));
    }

    async Task<CommandResult> StatusAsync(CommandTurn t, CancellationToken ct)
    {
        var en = t.Lang == Lang.En;
        if (!t.InGroup) return CommandResult.Say(GroupsOnly(t.Lang));
        var group = await t.Db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.GroupId == t.Turn.ChatId, ct);
        if (group is not { DigestSubscribed: true, LeftAt: null })
            return CommandResult.Say(new(en
                ? "This group doesn't get the daily digest. Staff can type \"subscribe digest\" (optionally with a region) to start it."
                : "กลุ่มนี้ยังไม่ได้รับสรุปรายวันค่ะ เจ้าหน้าที่พิมพ์ \"รับสรุปรายวัน\" (ระบุภาคได้ เช่น \"รับสรุปรายวัน ภาคใต้\") เพื่อเริ่มรับได้เลยค่ะ"));
        var since = group.SubscribedAt is { } at ? bangkok.DayOf(at) : (DateOnly?)null;
        var sinceText = since is { } d ? (en ? $", since {ThaiDates.FormatEnglish(d)}" : $" ตั้งแต่ {ThaiDates.Format(d)}") : "";
        return CommandResult.Say(new(en
            ? $"This group gets the daily digest ({ScopeText(group.DigestRegion, t.Lang)}) {When(t)}{sinceText}."
            : $"กลุ่มนี้รับสรุปรายวัน ({ScopeText(group.DigestRegion, t.Lang)}) {When(t)}{sinceText} ค่ะ"));
    }

    /// <summary>Subscribing is staff work, and it only makes sense in a group.</summary>
    static BotMessage? Refusal(CommandTurn t) => !t.InGroup ? GroupsOnly(t.Lang) : StaffTexts.RefuseUnlessStaff(t);

    static BotMessage GroupsOnly(Lang lang) => new(lang == Lang.En
        ? "This command is for LINE groups: add CodiBot to a group, then staff type \"subscribe digest\" there to get the daily digest in that group."
        : "คำสั่งนี้ใช้ในกลุ่ม LINE ค่ะ เชิญ CodiBot เข้ากลุ่ม แล้วให้เจ้าหน้าที่พิมพ์ \"รับสรุปรายวัน\" ในกลุ่มนั้น กลุ่มจะได้รับสรุปสถานการณ์ทุกวันค่ะ");

    BotMessage Greeting(long now) => new(
        "สวัสดีทุกคนค่ะ 🙏 CodiBot ผู้ช่วยรายงานงานชุมชนของ พอช. มาแล้วค่ะ\n" +
        "ในกลุ่มนี้ CodiBot จะตอบเมื่อถูกเรียกเท่านั้น เช่น แท็ก @CodiBot หรือพิมพ์คำสั่ง\n" +
        $"• เจ้าหน้าที่พิมพ์ \"รับสรุปรายวัน\" (หรือ \"รับสรุปรายวัน ภาคใต้\") ให้กลุ่มได้รับสรุปสถานการณ์{When(Lang.Th, now)}\n" +
        "• \"สรุปวันนี้\" ดูสรุปของวันนี้ และ \"ช่วยเหลือ\" ดูวิธีใช้\n" +
        "ส่งรายงานได้ในแชตส่วนตัวกับ CodiBot ค่ะ");

    string When(CommandTurn t) => When(t.Lang, t.Ctx.Now);

    string When(Lang lang, long now) => DigestTime.Describe(digest.Value.Schedule, lang, DateTimeOffset.FromUnixTimeMilliseconds(now), bangkok.Zone);

    static string ScopeText(string? regionId, Lang lang) =>
        regionId is not null && Regions.TryParse(regionId, out var r)
            ? (lang == Lang.En ? Regions.English(r) + " region" : Regions.Thai(r))
            : (lang == Lang.En ? "whole country" : "ทั้งประเทศ");

    /// <summary>One region, written any way ("ใต้", "ภาคใต้", "south"); null when none or several are named.</summary>
    static Region? RegionIn(string text)
    {
        if (Regions.TryParse(text, out var r)) return r;
        return Regions.FindIn(text) is [var only] ? only : null;
    }

    static IReadOnlyList<Choice> RegionChoices(Lang lang) =>
    [
        .. Enum.GetValues<Region>().Select(r => lang == Lang.En
            ? new Choice(Regions.English(r).Split(',')[0], "subscribe digest " + Regions.Id(r))
            : new Choice(Regions.Short(r), "รับสรุปรายวัน " + Regions.Thai(r))),
        lang == Lang.En ? new Choice("Whole country", "subscribe digest") : new Choice("ทั้งประเทศ", "รับสรุปรายวัน"),
    ];

    static string KindOf(ChatKind chat) => chat == ChatKind.Room ? "room" : "group";

    /// <summary>The group's name is nice to have: a LINE failure must not lose the record of the join.</summary>
    async Task<string?> GroupNameAsync(string groupId, CancellationToken ct)
    {
        try { return (await line.GetGroupSummaryAsync(groupId, ct))?.GroupName is { Length: > 0 } name ? name : null; }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "No group summary for a group the bot joined; recording it without a name");
            return null;
        }
    }
}
