namespace CodiBot.Thai;

internal enum NumberPart { Literal, Digit, TrailingOne, Yi, Et, Multiplier, Half }

/// <summary>One piece of a written number: "1.5", "สอง", "พัน", "ครึ่ง".</summary>
internal readonly record struct NumberElement(NumberPart Part, decimal Value, int Start, int End);

/// <summary>Thai number words (หนึ่ง..เก้า, ยี่สิบ, เอ็ด, สิบ..ล้าน, ครึ่ง) and the grammar that adds them up.
/// Scale words also follow digits: "2 พัน", "1.5 ล้าน", "177.25 ล้าน", "2 thousand".</summary>
internal static class ThaiNumberWords
{
    static readonly (string Word, NumberPart Part, decimal Value)[] Words =
    [
        ("หนึ่ง", NumberPart.Digit, 1), ("นึง", NumberPart.TrailingOne, 1), ("สอง", NumberPart.Digit, 2),
        ("สาม", NumberPart.Digit, 3), ("สี่", NumberPart.Digit, 4), ("ห้า", NumberPart.Digit, 5), ("หก", NumberPart.Digit, 6),
        ("เจ็ด", NumberPart.Digit, 7), ("แปด", NumberPart.Digit, 8), ("เก้า", NumberPart.Digit, 9),
        ("ยี่", NumberPart.Yi, 2), ("เอ็ด", NumberPart.Et, 1), ("สิบ", NumberPart.Multiplier, 10),
        ("ร้อย", NumberPart.Multiplier, 100), ("พัน", NumberPart.Multiplier, 1_000), ("หมื่น", NumberPart.Multiplier, 10_000),
        ("แสน", NumberPart.Multiplier, 100_000), ("ล้าน", NumberPart.Multiplier, 1_000_000), ("ครึ่ง", NumberPart.Half, 0),
    ];

    static readonly (string Word, decimal Value)[] EnglishScales =
        [("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000)];

    // Words that begin like a number word but mean something else (percent, breed, army ranks, Lanna...).
    static readonly string[] NotNumbers =
    [
        "ร้อยละ", "ร้อยกรอง", "ร้อยเรียง", "พันธ", "พันตรี", "พันโท", "พันเอก", "พันทาง", "แสนสุข", "ล้านนา",
        "สิบเอก", "สิบโท", "สิบตรี", "หนึ่งเดียว", "สองแคว", "ยี่ห้อ", "ยี่สุ่น", "เก้าอี้", "ห้าง", "ห้าม", "สามารถ", "สามี", "สามัญ",
    ];

    /// <summary>The Thai number word that starts at <paramref name="i"/>, or null.</summary>
    public static NumberElement? WordAt(string s, int i)
    {
        foreach (var no in NotNumbers)
            if (string.CompareOrdinal(s, i, no, 0, no.Length) == 0) return null;
        foreach (var (word, part, value) in Words)
            if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0)
                return new NumberElement(part, value, i, i + word.Length);
        return null;
    }

    /// <summary>An English scale word ("thousand") starting at <paramref name="i"/>, as a whole word.</summary>
    public static NumberElement? EnglishScaleAt(string s, int i)
    {
        foreach (var (word, value) in EnglishScales)
            if (string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && ThaiChars.IsEdge(s, i + word.Length))
                return new NumberElement(NumberPart.Multiplier, value, i, i + word.Length);
        return null;
    }

    /// <summary>Adds up the pieces the Thai way: each multiplier takes the digit before it (or 1), multipliers
    /// fall within a million-group, ล้าน multiplies everything before it, ครึ่ง adds half the last multiplier.
    /// False for sequences no one writes ("สองสาม", "ร้อยพัน", "ยี่" without สิบ). Overflow reads as decimal.MaxValue.</summary>
    public static bool TryEvaluate(IReadOnlyList<NumberElement> parts, out decimal value)
    {
        value = 0;
        try { return Evaluate(parts, ref value); }
        catch (OverflowException) { value = decimal.MaxValue; return true; }
    }

    static bool Evaluate(IReadOnlyList<NumberElement> parts, ref decimal value)
    {
        decimal total = 0, group = 0, lastMultiplier = 0, groupCeiling = decimal.MaxValue;
        decimal? pending = null;
        var yi = false;
        NumberPart? previous = null;
        foreach (var p in parts)
        {
            if (previous == NumberPart.Half) return false;
            switch (p.Part)
            {
                case NumberPart.Literal or NumberPart.Digit:
                    if (pending is not null || yi) return false;
                    pending = p.Value;
                    break;
                case NumberPart.TrailingOne or NumberPart.Et:
                    if (previous != NumberPart.Multiplier || pending is not null) return false;
                    pending = 1;
                    break;
                case NumberPart.Yi:
                    if (pending is not null || yi) return false;
                    yi = true;
                    break;
                case NumberPart.Multiplier when p.Value >= 1_000_000:
                    if (yi) return false;
                    var x = group + (pending ?? 0);
                    if (x == 0 && total == 0) x = 1;
                    total = (total + x) * p.Value;
                    group = 0; pending = null; groupCeiling = decimal.MaxValue; lastMultiplier = p.Value;
                    break;
                case NumberPart.Multiplier:
                    if (p.Value >= groupCeiling || (yi && p.Value != 10)) return false;
                    group += (yi ? 2 : pending ?? 1) * p.Value;
                    pending = null; yi = false; groupCeiling = p.Value; lastMultiplier = p.Value;
                    break;
                case NumberPart.Half:
                    if (previous != NumberPart.Multiplier) return false;
                    if (lastMultiplier >= 1_000_000) total += lastMultiplier / 2; else group += lastMultiplier / 2;
                    break;
            }
            previous = p.Part;
        }
        if (yi || parts.Count == 0) return false;
        value = total + group + (pending ?? 0);
        return true;
    }
}
