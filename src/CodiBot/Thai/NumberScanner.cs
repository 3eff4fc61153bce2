using System.Globalization;

namespace CodiBot.Thai;

/// <summary>A number found in normalized text, with the facts later rules need about how it was written.</summary>
internal sealed record ScannedNumber(int Start, int End, decimal Value)
{
    /// <summary>Written in Thai words ("สองพัน"), not digits.</summary>
    public bool FromWords { get; init; }
    /// <summary>One run of digits with no separators, decimals or scale words: may be a year, code or phone number.</summary>
    public bool PlainInteger { get; init; }
    public int Digits { get; init; }
    /// <summary>Not a number as people write one: part of a name ("N95", "2nd"), a code ("0x1F", "1e309", "{0}", "'1'")
    /// or a formula ("=1+1"), or given to more than four decimal places (a coordinate or a constant). Never a count.</summary>
    public bool Identifier { get; init; }
    public bool Negative { get; init; }
}

/// <summary>Finds every number in normalized text: digits with thousands separators and decimals, Thai number
/// words, digits followed by scale words ("1.5 ล้าน", "2 หมื่น", "10k"). It does not judge what the number
/// counts; it only refuses number words that are really parts of other words ("สามารถ", "เรียบร้อย").</summary>
internal static class NumberScanner
{
    // Words that may sit glued before a number written in words ("จำนวนสองพัน", "ได้ห้าสิบ").
    static readonly string[] GlueBefore =
        ["จำนวน", "ประมาณ", "กว่า", "ราว", "ราวๆ", "เกือบ", "ร่วม", "ได้", "รวม", "แจก", "มอบ", "ผลิต", "อีก", "เป็น", "มี", "ละ", "ถึง", "เพียง", "แค่", "เหลือ", "ทั้งสิ้น", "ทั้งหมด"];

    // Words that may sit glued after one ("สามสิบกว่า", "ห้าร้อยครับ").
    static readonly string[] GlueAfter =
        ["กว่า", "เศษ", "โดยประมาณ", "ประมาณ", "ครับ", "ค่ะ", "คะ", "ค่า", "นะ", "จ้า", "จ้ะ", "เท่านั้น", "แล้ว", "ๆ", "ขึ้นไป"];

    public static List<ScannedNumber> Scan(string s)
    {
        var found = new List<ScannedNumber>();
        var i = 0;
        while (i < s.Length)
        {
            ScannedNumber? n = null;
            if (ThaiChars.IsDigit(s[i])) n = Read(s, i);
            else if (ThaiNumberWords.WordAt(s, i) is { Part: NumberPart.Digit or NumberPart.Yi or NumberPart.Multiplier })
            {
                n = Read(s, i);
                if (n is not null && !WordsStandAlone(s, n)) n = null;
            }
            if (n is null) { i++; continue; }
            if (!IsCovidSuffix(s, n.Start)) found.Add(n);
            i = n.End;
        }
        return found;
    }

    static bool IsCovidSuffix(string s, int start) =>
        start >= ThaiText.Covid.Length - 2 && string.CompareOrdinal(s, start - (ThaiText.Covid.Length - 2), ThaiText.Covid, 0, ThaiText.Covid.Length - 2) == 0;

    static ScannedNumber? Read(string s, int start)
    {
        var parts = new List<NumberElement>();
        var literal = default(Literal);
        var pos = start;
        if (ThaiChars.IsDigit(s[start]))
        {
            literal = ReadLiteral(s, start);
            parts.Add(new NumberElement(NumberPart.Literal, literal.Value, start, literal.End));
            pos = literal.End;
            // "10k", "1.5M": a scale letter glued to digits and not the start of a word.
            if (pos < s.Length && s[pos] is 'k' or 'K' or 'M' && ThaiChars.IsEdge(s, pos + 1))
            {
                parts.Add(new NumberElement(NumberPart.Multiplier, s[pos] == 'M' ? 1_000_000 : 1_000, pos, pos + 1));
                pos++;
            }
        }
        else
        {
            var first = ThaiNumberWords.WordAt(s, start)!.Value;
            parts.Add(first);
            pos = first.End;
        }

        while (NextPart(s, pos, parts[^1]) is { } next)
        {
            parts.Add(next);
            pos = next.End;
        }

        // Keep the longest prefix that reads as one number ("ห้าสาม" is not a number, "ห้า" is).
        while (parts.Count > 0)
        {
            if (ThaiNumberWords.TryEvaluate(parts, out var value))
            {
                var end = parts[^1].End;
                var single = parts.Count == 1 && parts[0].Part == NumberPart.Literal;
                // "1.5 ล้าน" computes as 1500000.0; drop the trailing zeros decimal keeps.
                return new ScannedNumber(start, end, value == decimal.MaxValue ? value : value / 1.000000000000000000000000000000000m)
                {
                    FromWords = parts[0].Part != NumberPart.Literal,
                    PlainInteger = single && literal.Plain,
                    Digits = literal.Digits,
                    Identifier = IsIdentifier(s, start, end) || literal.Decimals > MaxDecimals,
                    Negative = start > 0 && s[start - 1] == '-' && (start == 1 || ThaiChars.IsEdge(s, start - 2) && !ThaiChars.IsDigit(s[start - 2])),
                };
            }
            parts.RemoveAt(parts.Count - 1);
        }
        return null;
    }

    /// <summary>The piece that may follow <paramref name="last"/>: a scale after digits or words, more words after a
    /// scale, or digits after a scale when another scale follows them ("2 พัน 5 ร้อย"). One space may separate pieces.</summary>
    static NumberElement? NextPart(string s, int pos, NumberElement last)
    {
        if (last.Part == NumberPart.Half) return null;
        for (var p = pos; p <= pos + 1 && p < s.Length; p++)
        {
            if (p > pos && s[pos] != ' ') break;
            if (ThaiNumberWords.WordAt(s, p) is { } word)
            {
                var fits = last.Part switch
                {
                    NumberPart.Multiplier => true,
                    NumberPart.Yi => word.Part == NumberPart.Multiplier && word.Value == 10,
                    _ => word.Part == NumberPart.Multiplier,
                };
                if (fits) return word;
            }
            if (last.Part == NumberPart.Literal && ThaiNumberWords.EnglishScaleAt(s, p) is { } scale) return scale;
            if (last.Part == NumberPart.Multiplier && ThaiChars.IsDigit(s[p]) && !ThaiChars.IsDigit(s[p - 1]))
            {
                var lit = ReadLiteral(s, p);
                var q = lit.End < s.Length && s[lit.End] == ' ' ? lit.End + 1 : lit.End;
                if (ThaiNumberWords.WordAt(s, q) is { Part: NumberPart.Multiplier } m && m.Value < last.Value)
                    return new NumberElement(NumberPart.Literal, lit.Value, p, lit.End);
            }
        }
        return null;
    }

    readonly record struct Literal(int End, decimal Value, bool Plain, int Digits, int Decimals);

    // The report's own figures never go past four places ("2,679.9356 ล้านบาท").
    const int MaxDecimals = 4;

    /// <summary>Digits with optional thousands groups ("16,948,581,824.92"). A comma not followed by exactly three
    /// digits ends the number, so lists like "1,2,3" stay separate numbers.</summary>
    static Literal ReadLiteral(string s, int start)
    {
        var j = start;
        while (j < s.Length && ThaiChars.IsDigit(s[j])) j++;
        var plain = true;
        var decimals = 0;
        if (j - start <= 3)
            while (j < s.Length && s[j] == ',' && ThreeDigitsAt(s, j + 1))
            {
                j += 4;
                plain = false;
            }
        if (j + 1 < s.Length && s[j] == '.' && ThaiChars.IsDigit(s[j + 1]))
        {
            var point = j++;
            while (j < s.Length && ThaiChars.IsDigit(s[j])) j++;
            decimals = j - point - 1;
            plain = false;
        }
        var text = s[start..j].Replace(",", "");
        var digits = text.Length;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            value = decimal.MaxValue; // more digits than decimal holds: certainly out of range
        return new Literal(j, value, plain, digits, decimals);
    }

    static bool ThreeDigitsAt(string s, int i) =>
        i + 3 <= s.Length && ThaiChars.IsDigit(s[i]) && ThaiChars.IsDigit(s[i + 1]) && ThaiChars.IsDigit(s[i + 2])
        && (i + 3 == s.Length || !ThaiChars.IsDigit(s[i + 3]));

    // Characters that never touch a number in prose but do in code, queries and spreadsheets.
    const string CodeMarks = "={}[]*^'`\\|&_@$;#";

    // Operators that make a formula when a digit stands on their other side ("1+1"); "500+" alone means "over 500".
    const string Operators = "+×÷";

    /// <summary>A number touching Latin letters that are not its unit or scale ("N95", "0x1F", "1e309", "2nd"), a code mark
    /// or an operator with another digit beyond it is part of a name, code or formula.</summary>
    static bool IsIdentifier(string s, int start, int end)
    {
        if (start > 0 && (ThaiChars.IsLatinLetter(s[start - 1]) || CodeMarks.Contains(s[start - 1])
            || Operators.Contains(s[start - 1]) && start > 1 && ThaiChars.IsDigit(s[start - 2])
            || s[start - 1] is '-' or '+' && start > 1 && ThaiChars.IsLatinLetter(s[start - 2])))   // "1e-5", "N-95"
            return true;
        if (end >= s.Length) return false;
        if (CodeMarks.Contains(s[end]) || Operators.Contains(s[end]) && end + 1 < s.Length && ThaiChars.IsDigit(s[end + 1])) return true;
        return ThaiChars.IsLatinLetter(s[end]) && Units.MatchAt(s, end) is null;
    }

    /// <summary>A number in words inside Thai text must stand as its own word: at a word edge or after a glue word
    /// on the left, and at an edge, a glue word or a unit on the right; a following unit alone also suffices
    /// ("หน้ากากสองพันชิ้น").</summary>
    static bool WordsStandAlone(string s, ScannedNumber n)
    {
        if (FollowedByUnit(s, n.End)) return true;
        var leftOk = ThaiChars.IsEdge(s, n.Start - 1) || ThaiChars.IsDigit(s[n.Start - 1])
            || GlueBefore.Any(g => n.Start >= g.Length && string.CompareOrdinal(s, n.Start - g.Length, g, 0, g.Length) == 0);
        var rightOk = ThaiChars.IsEdge(s, n.End)
            || GlueAfter.Any(g => string.CompareOrdinal(s, n.End, g, 0, g.Length) == 0);
        return leftOk && rightOk;
    }

    static bool FollowedByUnit(string s, int end)
    {
        // "สองพันกว่าชิ้น": the unit may come after กว่า.
        if (Qualifiers.ApproximateAfter(s, end) is var after and >= 0) end = after;
        var p = end < s.Length && s[end] == ' ' ? end + 1 : end;
        return Units.MatchAt(s, p) is not null || Durations.LengthAt(s, p) > 0;
    }
}
