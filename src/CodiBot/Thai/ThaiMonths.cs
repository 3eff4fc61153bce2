using System.Text.RegularExpressions;

namespace CodiBot.Thai;

/// <summary>Month names as written: full Thai, dotted abbreviations (with or without dots), the spoken
/// short forms ("มีนา"), common misspellings and English.</summary>
internal static class ThaiMonths
{
    public static readonly string[] ThaiAbbreviations =
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    public static readonly string[] EnglishAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    static readonly string[][] ThaiFull =
    [
        ["มกราคม"], ["กุมภาพันธ์", "กุมภาพันธ", "กุมภาพัน"], ["มีนาคม"], ["เมษายน"], ["พฤษภาคม", "พฤษภาคาม"],
        ["มิถุนายน"], ["กรกฎาคม", "กรกฏาคม"], ["สิงหาคม"], ["กันยายน"], ["ตุลาคม"], ["พฤศจิกายน", "พฤศจิกยน"], ["ธันวาคม"],
    ];

    // Spoken short forms are also the start of other words ("ตุลาการ"), so they must end at a word edge.
    static readonly string[] ThaiShort =
        ["มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา"];

    static readonly string[] EnglishFull =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    static readonly Dictionary<string, int> ByKey = BuildKeys();

    /// <summary>Matches one month name. The dotted forms refuse "ก.พ.ร." (the OPDC agency).</summary>
    public static readonly string Pattern = BuildPattern();

    static readonly Regex AtStart = new(@"\G(?:" + Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    static readonly Regex AtEnd = new(@"(?:" + Pattern + @")\.?\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Month number 1–12 for a matched month name, or 0.</summary>
    public static int Number(string written) => ByKey.GetValueOrDefault(Key(written));

    /// <summary>Length of a month name that starts exactly at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(string s, int start)
    {
        var m = AtStart.Match(s, start);
        return m.Success ? m.Length : 0;
    }

    /// <summary>True when the text just before <paramref name="end"/> is a month name (so a number after it is a day or year).</summary>
    public static bool EndsWithMonth(string s, int end) => AtEnd.IsMatch(s[..end]);

    static string Key(string written) => written.Replace(".", "").Replace(" ", "").ToLowerInvariant();

    static Dictionary<string, int> BuildKeys()
    {
        var d = new Dictionary<string, int>();
        for (var m = 0; m < 12; m++)
        {
            d[Key(ThaiAbbreviations[m])] = m + 1;
            foreach (var f in ThaiFull[m]) d[Key(f)] = m + 1;
            d[Key(ThaiShort[m])] = m + 1;
            d[EnglishFull[m]] = m + 1;
            d[EnglishAbbreviations[m].ToLowerInvariant()] = m + 1;
        }
        d["sept"] = 9;
        return d;
    }

    static string BuildPattern()
    {
        var alternatives = new List<string>();
        foreach (var full in ThaiFull.SelectMany(f => f).OrderByDescending(f => f.Length)) alternatives.Add(Regex.Escape(full));
        foreach (var abbr in ThaiAbbreviations)
        {
            // "มี.ค." is also typed "มี.ค", "มี. ค." and "มีค"; the full dotted form is never "ก.พ.ร." (OPDC).
            var parts = abbr.TrimEnd('.').Split('.').Select(Regex.Escape).ToArray();
            alternatives.Add(string.Join(@"\.\s?", parts) + @"\.(?!\s?ร(?:\.|(?![\u0E01-\u0E4E])))");
            alternatives.Add(string.Join(@"\.\s?", parts) + @"(?![\u0E01-\u0E4E.])");
            alternatives.Add(@"(?<![\u0E01-\u0E4E])" + string.Join("", parts) + @"\.?(?![\u0E01-\u0E4E])");
        }
        foreach (var shortForm in ThaiShort) alternatives.Add(Regex.Escape(shortForm) + @"(?![\u0E01-\u0E4E])");
        foreach (var en in EnglishFull.Concat(EnglishAbbreviations.Select(a => a.ToLowerInvariant())).Append("sept").OrderByDescending(e => e.Length))
            alternatives.Add(@"(?<![A-Za-z])" + en + @"\.?(?![A-Za-z])");
        return string.Join("|", alternatives);
    }
}
