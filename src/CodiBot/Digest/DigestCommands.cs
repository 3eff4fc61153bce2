using System.Text.RegularExpressions;
using CodiBot.Conversations;
using CodiBot.Thai;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Digest;

/// <summary>
/// "สรุปวันนี้", "สรุปเมื่อวาน", "สรุป 27 มี.ค. 63", "สรุป" (today), optionally with a region ("สรุปวันนี้ ภาคใต้",
/// "สรุปเมื่อวาน ทั้งประเทศ"), or "digest today" / "summary yesterday": the day's digest as a reply (free of quota),
/// for anyone in any chat, as it is aggregate data. A subscribed group's region is its default.
/// </summary>
public sealed partial class DigestCommands(DigestBuilder builder) : IChatCommands
{
    public async Task<CommandResult?> TryHandleAsync(CommandTurn turn, CancellationToken ct)
    {
        if (turn.Turn.Kind is not (TurnKind.Text or TurnKind.Choice)) return null;
        var m = Command().Match(turn.Text);
        // "สรุปยอด…" is a totals question, not a digest.
        if (!m.Success || TotalsWord().IsMatch(m.Groups["rest"].Value)) return null;
        var lang = turn.Lang;
        var today = turn.Ctx.Today;
        if (Read(m.Groups["rest"].Value, today) is not { } request)
            // In a group, chat that merely starts with "สรุป…" is not for the bot.
            return turn.InGroup && !turn.Turn.AddressedToBot ? null : CommandResult.Hinted(Hint(lang, null, today));
        if (request.Day > today) return CommandResult.Say(Hint(lang, request.Day, today));

        var region = request.Region;
        if (!request.RegionGiven && turn.InGroup)
        {
            var group = await turn.Db.Groups.AsNoTracking()
                .FirstOrDefaultAsync(g => g.GroupId == turn.Turn.ChatId && g.DigestSubscribed && g.LeftAt == null, ct);
            region = Regions.FromId(group?.DigestRegion);
        }
        var view = await builder.BuildAsync(turn.Db, request.Day, region, lang, late: false, ct);
        return CommandResult.Say(DigestText.Message(view));
    }

    sealed record Request(DateOnly Day, Region? Region, bool RegionGiven);

    /// <summary>The rest after "สรุป": optional region or "ทั้งประเทศ", and a date made only of date words; null if anything else is there.</summary>
    static Request? Read(string rest, DateOnly today)
    {
        var s = ThaiText.Normalize(rest);
        Region? region = null;
        var given = false;
        var mentions = Regions.Mentions(s);
        if (mentions.Select(x => x.Region).Distinct().Count() > 1) return null;
        foreach (var (r, start, end) in mentions.OrderByDescending(x => x.Start))
        {
            region = r;
            given = true;
            s = s[..start] + " " + s[end..];
        }
        if (WholeCountry().Match(s) is { Success: true } all)
        {
            if (given) return null;
            given = true;
            s = s.Remove(all.Index, all.Length);
        }
        s = s.Trim(' ', ',', '.', '-');
        if (s.Length == 0) return new(today, region, given);
        if (DateWords().Replace(s, "").Any(char.IsLetter)) return null;
        return ThaiDates.TryParse(s, today, out var day) ? new(day, region, given) : null;
    }

    static BotMessage Hint(Lang lang, DateOnly? future, DateOnly today)
    {
        var en = lang == Lang.En;
        var why = future is { } f
            ? en ? $"{ThaiDates.FormatEnglish(f)} hasn't come yet; summaries go up to today ({ThaiDates.FormatEnglish(today)})."
                 : $"วันที่ {ThaiDates.Format(f)} ยังมาไม่ถึงค่ะ ขอสรุปได้ถึงวันนี้ ({ThaiDates.Format(today)})"
            : en ? "Which day would you like the summary of?" : "ต้องการสรุปของวันไหนคะ";
        var examples = en
            ? "Try:\n• digest today\n• digest yesterday\n• digest 27 Mar 2020\n• digest today south"
            : "พิมพ์ได้แบบนี้ค่ะ\n• สรุปวันนี้\n• สรุปเมื่อวาน\n• สรุป 27 มี.ค. 63\n• สรุปวันนี้ ภาคใต้";
        return new BotMessage(why + "\n" + examples, en
            ? [new("Today", "digest today"), new("Yesterday", "digest yesterday")]
            : [new("สรุปวันนี้", "สรุปวันนี้"), new("สรุปเมื่อวาน", "สรุปเมื่อวาน")]);
    }

    [GeneratedRegex(@"^(?:สรุป(?:สถานการณ์)?(?:ประจำวัน|รายวัน)?(?:ของ)?|(?:daily\s+)?(?:digest|summary)\b(?:\s+(?:for|of)\b)?)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();

    [GeneratedRegex(@"^\s*(?:ยอด|totals?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TotalsWord();

    [GeneratedRegex(@"ทั้งประเทศ|ทั่วประเทศ|ทุกภาค|whole country|all regions|nationwide|national", RegexOptions.IgnoreCase)]
    private static partial Regex WholeCountry();

    /// <summary>Everything a date may be written with; any other letter left over means the text is about something else.</summary>
    [GeneratedRegex(@"วันนี้|เมื่อวานซืน|เมื่อวาน|วานซืน|วานนี้|พรุ่งนี้|วันที่|วันก่อน|ที่แล้ว|ที่ผ่านมา|วัน|ที่|พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|ปี|เดือน" +
        @"|\b(?:day before yesterday|yesterday|today|tomorrow|days?|ago|on|the|of|\d+(?:st|nd|rd|th))\b" +
        @"|ม\.?ค\.?|ก\.?พ\.?|มี\.?ค\.?|เม\.?ย\.?|พ\.?ค\.?|มิ\.?ย\.?|ก\.?ค\.?|ส\.?ค\.?|ก\.?ย\.?|ต\.?ค\.?|พ\.?ย\.?|ธ\.?ค\.?" +
        @"|มกรา(?:คม)?|กุมภา(?:พันธ์)?|มีนา(?:คม)?|เมษา(?:ยน)?|พฤษภา(?:คม)?|มิถุนา(?:ยน)?|กรกฎา(?:คม)?|สิงหา(?:คม)?|กันยา(?:ยน)?|ตุลา(?:คม)?|พฤศจิกา(?:ยน)?|ธันวา(?:คม)?" +
        @"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWords();
}
