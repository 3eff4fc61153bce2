using System.Text.RegularExpressions;

namespace CodiBot.Thai;

/// <summary>Numbers in a report that count nothing: dates and years, clock times and durations, percentages,
/// phone and account numbers, addresses (หมู่ 3, บ้านเลขที่ 12/3), ordinals (ครั้งที่ 3/2563), list markers,
/// per-unit rates ("ครอบครัวละ 1 แผง") and parts of names ("N95", "โควิด-19").</summary>
internal static class NonQuantities
{
    // Whole spans to ignore: phone numbers, dates written with separators, account numbers, clock times.
    static readonly Regex Spans = new(
        @"(?<![\d,.])(?:\+66\s?|0)\d(?:[-\s]?\d){7,8}(?![\d,])" +      // 081-234-5678, 02 123 4567
        @"|(?<![\d.,])\d{1,4}([-/.])\d{1,2}\1\d{1,4}(?![\d])" +           // 27/3/2563, 27-3-63, 2020-03-27, 1.4.63
        @"|(?<![\d.,])\d+(?:-\d+){3,}" +                                  // 123-4-56789-0
        @"|(?<![\d.,])\d{1,2}:\d{2}(?!\d)",                               // 10:30
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Words after which a number is a name, an address, an ordinal or a year, not a count.
    static readonly string[] LabelsBefore =
    [
        "ร้อยละ", "หมู่", "ม.", "ซอย", "ซ.", "ถนน", "ชั้น", "ห้อง", "ข้อ", "มาตรา", "เลข", "รหัส", "รุ่น", "งวด", "ไตรมาส",
        "ปี", "พ.ศ.", "พ.ศ", "พศ.", "ค.ศ.", "ค.ศ", "ปีงบประมาณ", "ปีงบ", "เวลา", "โทร.", "โทร", "โทรศัพท์", "มือถือ", "เบอร์",
        "กลุ่มตะวันออก", "เฟส", "ห่าง", "ระยะ", "FM", "no.", "#", "tel.", "tel", "phone", "year", "phase", "version", "ver.",
    ];

    // Nouns that make a following "ที่" an ordinal ("ครั้งที่ 3", "หมู่ที่ 5"), unlike พื้นที่, สถานที่, เจ้าหน้าที่.
    static readonly string[] OrdinalNouns =
    [
        "ครั้ง", "ฉบับ", "งวด", "รุ่น", "หมู่", "วัน", "ลำดับ", "ข้อ", "ชั้น", "เลข", "ปี", "ไตรมาส", "ระยะ", "ระดับ", "ห้อง", "ซอย",
        "อันดับ", "เดือน", "สัปดาห์", "ภาค", "เขต", "แผน", "กลุ่ม", "จุด", "แห่ง", "ชุด", "คน", "ราย", "ตำบล", "หลัง", "ศูนย์", "ทีม",
        "โซน", "รอบ", "ช่วง", "เฟส", "ประเภท", "หมวด", "ตอน", "บท",
    ];

    static readonly string[] PercentAfter = ["%", "เปอร์เซ็นต์", "เปอร์เซนต์", "เปอร์เซ็น", "percent", "per cent"];

    static readonly string[] YearWordsBefore = ["in ", "since ", "of ", "year ", "ค.ศ. ", "ค.ศ."];

    static readonly string[] TimeBefore = ["บ่าย", "ตี"];

    /// <summary>Character positions covered by phone numbers, separated dates, account numbers and clock times.</summary>
    public static bool[] MaskedSpans(string s)
    {
        var masked = new bool[s.Length];
        foreach (Match m in Spans.Matches(s))
            for (var i = m.Index; i < m.Index + m.Length; i++) masked[i] = true;
        return masked;
    }

    /// <summary>True when the number is not a count of anything.</summary>
    public static bool Excludes(string s, ScannedNumber n, bool[] masked)
    {
        if (n.Identifier || n.Negative) return true;
        for (var i = n.Start; i < n.End; i++) if (masked[i]) return true;
        return SlashNeighbour(s, n) || LabelBefore(s, n.Start) || DateOrTimeAround(s, n) || PercentAfterAt(s, n.End)
            || Rate(s, n.Start) || ListMarker(s, n) || LooksLikeYearOrCode(s, n);
    }

    /// <summary>"12/3", "3/2563", "–/416/553": a number that shares a slash with another is a date, house number or ordinal.</summary>
    static bool SlashNeighbour(string s, ScannedNumber n)
    {
        var before = n.Start - 1;
        if (before >= 0 && s[before] == ' ') before--;
        var after = n.End < s.Length && s[n.End] == ' ' ? n.End + 1 : n.End;
        return before >= 1 && s[before] == '/' && (ThaiChars.IsDigit(s[before - 1]) || s[before - 1] is '-' or ' ' && before >= 2 && ThaiChars.IsDigit(s[before - 2]))
            || after + 1 < s.Length && s[after] == '/' && (ThaiChars.IsDigit(s[after + 1]) || s[after + 1] == ' ' && after + 2 < s.Length && ThaiChars.IsDigit(s[after + 2]));
    }

    static bool LabelBefore(string s, int start)
    {
        var p = start > 0 && s[start - 1] == ' ' ? start - 1 : start;
        foreach (var label in LabelsBefore)
        {
            if (!Qualifiers.EndsWith(s, p, label)) continue;
            var at = p - label.Length;
            // Latin labels and "ม."/"ซ." must start a word ("FM 92.5", "ม.3"); "ม." is also the end of "อ.ม." or "กม.".
            var needsEdge = ThaiChars.IsLatinLetter(label[0]) || label is "ม." or "ซ." or "#";
            if (needsEdge && at > 0 && (ThaiChars.IsThaiLetter(s[at - 1]) || ThaiChars.IsLatinLetter(s[at - 1]) || s[at - 1] == '.')) continue;
            return true;
        }
        if (Qualifiers.EndsWith(s, p, "ที่"))
        {
            var at = p - "ที่".Length;
            if (ThaiChars.IsEdge(s, at - 1) || OrdinalNouns.Any(o => Qualifiers.EndsWith(s, at, o))) return true;
        }
        foreach (var t in TimeBefore)
            if (Qualifiers.EndsWith(s, p, t) && ThaiChars.IsEdge(s, p - t.Length - 1)) return true;
        return ThaiMonths.EndsWithMonth(s, start);
    }

    /// <summary>A day before a month ("27 มี.ค.", "22-23 กุมภาพันธ์"), a clock time or a length of time after the number.</summary>
    static bool DateOrTimeAround(string s, ScannedNumber n)
    {
        var p = n.End < s.Length && s[n.End] == ' ' ? n.End + 1 : n.End;
        if (ThaiMonths.MatchAt(s, p) > 0 || Durations.LengthAt(s, p) > 0) return true;
        // The first day or time of a range: "27-29 ก.พ.", "17.05-18.00 น."
        var m = RangeTail.Match(s, n.End);
        return m.Success && m.Index == n.End && (ThaiMonths.MatchAt(s, m.Index + m.Length) > 0 || Durations.LengthAt(s, m.Index + m.Length) > 0);
    }

    static readonly Regex RangeTail = new(@"\G\s?-\s?\d{1,2}(?:[.:]\d{2})?\s?", RegexOptions.Compiled);

    static bool PercentAfterAt(string s, int end)
    {
        var p = end < s.Length && s[end] == ' ' ? end + 1 : end;
        return PercentAfter.Any(w => string.Compare(s, p, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0);
    }

    /// <summary>"ครอบครัวละ 1 แผง", "คนละ 2 ชิ้น", "ต่อ 1 ครัวเรือน": an amount per unit, not a total.
    /// "และ" and "เละ" end in the same letters but are not rates.</summary>
    static bool Rate(string s, int start)
    {
        var p = start > 0 && s[start - 1] == ' ' ? start - 1 : start;
        if (Qualifiers.EndsWith(s, p, "ละ") && p >= 3 && ThaiChars.IsThaiLetter(s[p - 3]) && !ThaiChars.IsLeadingVowel(s[p - 3])) return true;
        if (Qualifiers.EndsWith(s, p, "/")) return true;
        // "ต่อ" after a unit or on its own; "ติดต่อ 5 หน่วยงาน" (contacted) and "ส่งต่อ" (passed on) are not rates.
        if (Qualifiers.EndsWith(s, p, "ต่อ") && (ThaiChars.IsEdge(s, p - 4) || Units.EndsAt(s, p - 3))) return true;
        foreach (var w in (string[])["per", "each"])
            if (Qualifiers.EndsWith(s, p, w) && ThaiChars.IsEdge(s, p - w.Length - 1)) return true;
        return false;
    }

    /// <summary>"1 แผง/ครอบครัว", "2 ชิ้นต่อคน", "500 บาท per household": the amount per recipient, not a total.</summary>
    public static bool RateAfter(string s, int end)
    {
        var p = SkipSpace(s, end);
        foreach (var per in (string[])["/", "ต่อ", "per ", "each"])
        {
            if (string.Compare(s, p, per, 0, per.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (per == "each") return ThaiChars.IsEdge(s, p + 4);
            var q = SkipSpace(s, p + per.Length);
            // "ต่อ 1 ครัวเรือน": a count may stand before the unit of the rate.
            if (q < s.Length && ThaiChars.IsDigit(s[q]))
            {
                while (q < s.Length && (ThaiChars.IsDigit(s[q]) || s[q] == ',')) q++;
                q = SkipSpace(s, q);
            }
            if (Durations.LengthAt(s, q) > 0) return true;
            if (Units.MatchAt(s, q) is { Kind: UnitKind.People or UnitKind.Household }) return true;
            if (per == "per " && q < s.Length && ThaiChars.IsLatinLetter(s[q])) return true;
        }
        return false;
    }

    static int SkipSpace(string s, int i) => i < s.Length && s[i] == ' ' ? i + 1 : i;

    /// <summary>"1) … 2) …" and "1. …" number the organisations or actions in a list.</summary>
    static bool ListMarker(string s, ScannedNumber n)
    {
        if (!n.PlainInteger || n.Digits > 2 || n.End >= s.Length) return false;
        if (!(n.Start == 0 || s[n.Start - 1] is ' ' or '(')) return false;
        return s[n.End] == ')' || s[n.End] == '.' && n.End + 2 < s.Length && s[n.End + 1] == ' ';
    }

    /// <summary>A bare 4-digit Buddhist year ("2563") or a postcode after a province, with no unit after it.</summary>
    static bool LooksLikeYearOrCode(string s, ScannedNumber n)
    {
        if (!n.PlainInteger) return false;
        var p = n.End < s.Length && s[n.End] == ' ' ? n.End + 1 : n.End;
        if (Units.MatchAt(s, p) is not null) return false;
        if (n.Digits == 4 && n.Value is >= 2400 and <= 2699) return true;
        if (n.Digits == 4 && n.Value is >= 1950 and <= 2100 && YearWordsBefore.Any(w => Qualifiers.EndsWith(s.ToLowerInvariant(), n.Start, w))) return true;
        if (n.Digits != 5) return false;
        var from = Math.Max(0, n.Start - 40);
        var window = s[from..n.Start];
        return window.Contains("จ.") || window.Contains("จังหวัด") || window.Contains("ไปรษณีย์");
    }
}
