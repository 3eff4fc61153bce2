using System.Text;
using System.Text.RegularExpressions;

namespace CodiBot.Thai;

/// <summary>One canonical form of what people type, so every parser sees the same text.</summary>
public static class ThaiText
{
    // Every way the report and phone keyboards spell the disease, including the Thai long name.
    static readonly Regex CovidSpellings = new(
        @"(?:โรคติดเชื้อ\s*)?ไวรัส\s*โคโรนา\s*(?:สายพันธุ์ใหม่\s*)?(?:20)?19(?!\d)" +
        @"|(?<![A-Za-z])covid\s*-?\s*(?:20)?19(?!\d)" +
        @"|โค(?:วิ|หวิ)[ดทต]\s*-?\s*(?:20)?19(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "โรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)" would otherwise read "โควิด-19 (โควิด-19)".
    static readonly Regex CovidTwice = new(@"โควิด-19\s*\(\s*โควิด-19\s*\)", RegexOptions.Compiled);

    public const string Covid = "โควิด-19";

    /// <summary>NFC; Thai and full-width digits to ASCII; zero-width characters dropped; dashes to '-';
    /// whitespace collapsed and trimmed; common Thai typing slips repaired; COVID spellings to "โควิด-19".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c is >= '\u0E50' and <= '\u0E59') sb.Append((char)('0' + (c - '\u0E50')));
            else if (c is >= '\uFF10' and <= '\uFF19') sb.Append((char)('0' + (c - '\uFF10')));
            else if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            else if (c is >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' or '\uFF0D') sb.Append('-');
            else if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
        }
        RepairThaiTyping(sb);
        var s = sb.ToString().Trim();
        if (s.Length == 0) return s;
        s = CovidSpellings.Replace(s, Covid);
        return CovidTwice.Replace(s, Covid);
    }

    static readonly string[] Particles = ["นะครับ", "นะคะ", "ครับผม", "ครับ", "ค่ะ", "คะ", "ค่า", "ค้าบ", "คับ", "จ้า", "จ้ะ", "ฮะ", "นะ"];

    /// <summary>Drops the polite particles people end an answer with ("พัทลุงครับ", "ภาคใต้ค่ะ").</summary>
    internal static string WithoutParticles(string normalized)
    {
        var s = normalized.TrimEnd();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var p in Particles)
                if (s.Length > p.Length && s.EndsWith(p, StringComparison.Ordinal)) { s = s[..^p.Length].TrimEnd(); changed = true; }
        }
        return s;
    }

    /// <summary>Slips that look right on screen but break matching: "เเ" for แ, nikhahit + า for ำ,
    /// a tone typed before its vowel, a mark typed twice.</summary>
    static void RepairThaiTyping(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length - 1; i++)
        {
            var c = sb[i];
            var next = sb[i + 1];
            if (c == 'เ' && next == 'เ') { sb[i] = 'แ'; sb.Remove(i + 1, 1); }
            else if (c == '\u0E4D' && next == 'า') { sb[i] = 'ำ'; sb.Remove(i + 1, 1); }
            else if (c == '\u0E4D' && ThaiChars.IsToneMark(next) && i + 2 < sb.Length && sb[i + 2] == 'า')
            {
                sb[i] = next; sb[i + 1] = 'ำ'; sb.Remove(i + 2, 1);
            }
            else if (ThaiChars.IsToneMark(c) && ThaiChars.IsAboveOrBelowVowel(next)) { sb[i] = next; sb[i + 1] = c; }
            else if (c == next && (ThaiChars.IsToneMark(c) || ThaiChars.IsAboveOrBelowVowel(c) || c == '\u0E4C')) sb.Remove(i + 1, 1);
            else continue;
            // A repair can create a new pair with the character before it: look again from there.
            i = Math.Max(-1, i - 2);
        }
    }
}
