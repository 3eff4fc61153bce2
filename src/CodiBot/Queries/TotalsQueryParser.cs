using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CodiBot.Conversations;
using CodiBot.Thai;
using CodiBot.Totals;

namespace CodiBot.Queries;

/// <summary>An organisation a question may name.</summary>
public sealed record OrganisationName(long Id, string Name);

/// <summary>How a message opens: "ยอด…"/"totals…" asks for totals outright; "รวม…" may; anything else only by its content.</summary>
public enum TotalsAsk { None, Weak, Strong }

/// <summary>
/// A totals question as read: categories (empty: everything), place, period, what was named, and the words left
/// over that the bot did not understand (empty when all was understood).
/// </summary>
public sealed record TotalsQuestion(
    IReadOnlyList<string> Categories, Place Place, Period Period, TotalsAsk Ask, bool IsQuestion,
    bool NamedWhat, bool NamedPlace, bool NamedPeriod, bool StartsWithActivity, string Unknown, bool BadPeriod)
{
    public TotalsQuery Query => new(Categories, Place, Period.From, Period.To);
    public bool Understood => Unknown.Length == 0 && !BadPeriod;
}

/// <summary>
/// Reads a totals question in Thai or English: "ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", "ยอดข้าวสาร จ.พัทลุง", "บ้านพอเพียง ไตรมาส 2 ปีงบ 63",
/// "masks south this week". The period is read first (dates hold digits and month names), then organisations by
/// name, regions, provinces, what to count, and the filler words of a question.
/// </summary>
public sealed partial class TotalsQueryParser(TotalsVocabulary words)
{
    static readonly string[] StrongThai = ["ขอดูยอดรวม", "ขอดูยอด", "ดูยอดรวม", "ดูยอด", "ขอยอดรวม", "ขอยอด", "ยอดรวม", "ยอดสะสม", "ยอด"];
    static readonly string[] StrongEnglish = ["show totals", "show total", "totals", "total", "how many", "how much"];
    static readonly string[] WeakWords = ["รวม", "sum"];
    // "ยอดเยี่ยม" is praise, not a question.
    static readonly string[] NotTotals = ["เยี่ยม", "มาก", "ไปเลย"];

    static readonly string[] ActivityVerbs =
        ["แจก", "ผลิต", "เย็บ", "ทำ", "ตั้ง", "มอบ", "ฉีด", "พ่น", "จัด", "สมทบ", "บริจาค", "ซื้อ", "อบรม", "รณรงค์", "ส่ง",
         "made", "make", "gave", "give", "handed", "sewed", "produced", "distributed", "donated", "delivered", "set up"];

    static readonly string[] ThaiFillers = BuildThaiFillers();
    static readonly HashSet<string> EnglishFillers =
    [
        "the", "of", "in", "for", "at", "on", "from", "by", "with", "and", "is", "are", "was", "were", "so", "far", "what", "whats",
        "what's", "how", "many", "much", "show", "me", "please", "all", "everything", "every", "total", "totals", "count", "number",
        "reported", "report", "reports", "nationwide", "country", "whole", "everywhere", "we", "did", "have", "has", "been", "there",
        "region", "province", "figures", "sum", "activities", "categories", "up", "handed", "out", "given", "distributed", "made", "produced",
    ];
    static readonly string[] ProvinceWords = ["จังหวัด", "จว.", "จ."];
    static readonly string[] OrganisationWords = ["องค์กร", "organisation", "organization", "org"];
    static readonly (string Short, string Long)[] Abbreviations = [("ทต.", "เทศบาลตำบล"), ("ต.", "ตำบล"), ("อ.", "อำเภอ"), ("จ.", "จังหวัด")];

    public TotalsQuestion Parse(string? text, DateOnly today, DateOnly cumulativeSince, IReadOnlyList<OrganisationName> organisations)
    {
        var s = Clean(text);
        var spans = new TextSpans(s);
        var ask = ReadAsk(spans);
        var activity = ActivityVerbs.Any(v => s.AsSpan(FirstUnread(spans)).StartsWith(v, StringComparison.Ordinal));
        var period = Periods.Read(spans, today, cumulativeSince, out var badPeriod);

        var orgIds = new List<long>();
        foreach (var org in organisations.OrderByDescending(o => o.Name.Length))
        {
            var name = CleanName(org.Name);
            var at = name.Length < 3 ? -1 : s.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && spans.Take(at, at + name.Length)) orgIds.Add(org.Id);
        }
        var regions = Regions.Mentions(s).Where(m => spans.Take(m.Start, m.End)).Select(m => m.Region).Distinct().ToList();
        var provinces = Provinces.Spans(s).Where(p => spans.IsFree(p.Start, p.End))
            .Select(p => (Start: WithProvinceWord(s, p.Start), p.End, Province: Provinces.Find(s[p.Start..p.End])))
            .Where(p => p.Province is not null && spans.Take(p.Start, p.End)).Select(p => p.Province!).Distinct().ToList();
        var what = words.Read(spans);

        var rest = Leftover(spans);
        if (rest.Length > 0 && regions.Count == 0 && provinces.Count == 0 && orgIds.Count == 0)
        {
            if (Regions.TryParse(rest, out var region)) { regions.Add(region); rest = ""; }
            else if (OrganisationsNamed(rest, organisations) is { Count: > 0 } named) { orgIds.AddRange(named); rest = ""; }
            else if ((rest.StartsWith("จ.") || rest.StartsWith("จังหวัด")) && Provinces.Find(rest) is { } province) { provinces.Add(province); rest = ""; }
        }
        var extraPlaces = string.Join(" ", regions.Skip(1).Select(Regions.Thai).Concat(provinces.Skip(1).Select(p => p.Thai)));
        var place = orgIds.Count > 0 ? Place.Organisations(orgIds.Distinct().ToList())
            : provinces.Count > 0 ? Place.Province(provinces[0].Thai)
            : regions.Count > 0 ? Place.Region(Regions.Id(regions[0]))
            : Place.Everywhere;
        return new TotalsQuestion(
            what ?? [], place, period ?? new Period(PeriodKind.Cumulative, cumulativeSince, today), ask, IsQuestion(text),
            what is not null, place.Kind != PlaceKind.Everywhere, period is not null, activity,
            string.Join(" ", new[] { rest, extraPlaces }.Where(x => x.Length > 0)), badPeriod);
    }

    /// <summary>Thai digits to ASCII, lower case, no @mention, polite particles or punctuation.</summary>
    static string Clean(string? text)
    {
        var s = Router.Normalize(ThaiText.Normalize(text));
        s = ThaiText.WithoutParticles(Punctuation().Replace(s, " "));
        return Spaces().Replace(s, " ").Trim();
    }

    // Organisation names are read with every question: clean each once.
    static readonly ConcurrentDictionary<string, string> CleanNames = new(StringComparer.Ordinal);
    static string CleanName(string name) => CleanNames.GetOrAdd(name, Clean);

    /// <summary>Where a province name starts counting "จังหวัด"/"จ." before it.</summary>
    static int WithProvinceWord(string s, int start)
    {
        var end = start > 0 && s[start - 1] == ' ' ? start - 1 : start;
        foreach (var w in ProvinceWords)
            if (end >= w.Length && string.CompareOrdinal(s, end - w.Length, w, 0, w.Length) == 0) return end - w.Length;
        return start;
    }

    static int FirstUnread(TextSpans spans) => spans.Free().Select(f => f.Start).DefaultIfEmpty(spans.Text.Length).First();

    static TotalsAsk ReadAsk(TextSpans spans)
    {
        var s = spans.Text;
        foreach (var w in StrongThai)
            if (s.StartsWith(w, StringComparison.Ordinal))
                return NotTotals.Any(n => s.AsSpan(w.Length).TrimStart().StartsWith(n, StringComparison.Ordinal)) ? TotalsAsk.None
                    : spans.Take(0, w.Length) ? TotalsAsk.Strong : TotalsAsk.None;
        foreach (var w in StrongEnglish)
            if (s.StartsWith(w, StringComparison.Ordinal) && ThaiChars.IsEdge(s, w.Length) && spans.Take(0, w.Length)) return TotalsAsk.Strong;
        foreach (var w in WeakWords)
            if (s.StartsWith(w, StringComparison.Ordinal) && (ThaiChars.IsThaiLetter(w[0]) || ThaiChars.IsEdge(s, w.Length)) && spans.Take(0, w.Length))
                return TotalsAsk.Weak;
        return TotalsAsk.None;
    }

    /// <summary>What no reader took, less the words any question is padded with ("ที่", "เท่าไหร่", "the", "so far").</summary>
    static string Leftover(TextSpans spans)
    {
        var kept = new List<string>();
        foreach (var (start, end) in spans.Free())
            foreach (var token in spans.Text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (EnglishFillers.Contains(token)) continue;
                var t = token;
                for (var changed = true; changed && t.Length > 0;)
                {
                    changed = false;
                    foreach (var f in ThaiFillers)
                    {
                        if (t.StartsWith(f, StringComparison.Ordinal)) { t = t[f.Length..]; changed = true; break; }
                        if (t.EndsWith(f, StringComparison.Ordinal)) { t = t[..^f.Length]; changed = true; break; }
                    }
                }
                if (t.Length > 0) kept.Add(t);
            }
        return string.Join(" ", kept);
    }

    /// <summary>Organisations whose name holds what was left ("ละแม", "ต.ละแม", "องค์กร สภาองค์กรชุมชนตำบลละแม").</summary>
    static List<long> OrganisationsNamed(string rest, IReadOnlyList<OrganisationName> organisations)
    {
        var key = rest;
        foreach (var w in OrganisationWords)
            if (key.StartsWith(w, StringComparison.Ordinal)) key = key[w.Length..];
        foreach (var (abbreviation, full) in Abbreviations) key = key.Replace(abbreviation, full);
        key = Compact(key);
        if (key.Length < 3) return [];
        return organisations.Where(o => Compact(CleanName(o.Name)).Contains(key, StringComparison.Ordinal)).Select(o => o.Id).ToList();
    }

    static string Compact(string s) => s.Replace(" ", "").Replace(".", "");

    static bool IsQuestion(string? text) => text is not null && QuestionWords().IsMatch(text.ToLowerInvariant());

    static string[] BuildThaiFillers() =>
        new[]
        {
            "เท่าไหร่", "เท่าไร", "เท่าไหร", "เท่าไห", "ทั้งหมด", "ทั้งสิ้น", "ทั้งประเทศ", "ทั่วประเทศ", "ทุกภาค", "ทุกจังหวัด", "ทุกพื้นที่",
            "ทุกกิจกรรม", "ทุกอย่าง", "ทุกรายการ", "ตอนนี้", "ล่าสุด", "ไปแล้ว", "แล้ว", "บ้าง", "ที่", "ของ", "ใน", "จาก", "ได้", "มี", "ยอด",
            "รวม", "ขอ", "ดู", "ช่วย", "และ", "กับ", "พื้นที่", "จำนวน", "ทราบ", "อยาก", "รู้", "ค่ะ", "คะ", "ครับ",
            // Verbs that only say how the thing counted was done ("ยอดแจกข้าวสาร").
            "แจก", "มอบ", "ผลิต", "ทำ", "ได้รับ",
        }
        .Concat(Units.All.Select(u => "กี่" + u)).Append("กี่").OrderByDescending(f => f.Length).ToArray();

    [GeneratedRegex(@"[?!,;:""“”()\[\]]")] private static partial Regex Punctuation();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"\?|เท่าไหร|เท่าไร|กี่|how many|how much|what")] private static partial Regex QuestionWords();
}
