namespace CodiBot.Thai;

/// <summary>Reads the counts in a field report ("แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง") and answers
/// to "how many?" prompts.</summary>
public static class Quantities
{
    const decimal MaxValue = 1_000_000_000_000m;

    // How far back the item and target words of a number may be ("ตั้งเป้าหมายผลิตหน้ากากผ้าแจกประชาชน 10,000 ชิ้น").
    const int Window = 60;

    // Words that may stand between two quantities of the same thing ("800 ชิ้น จากเป้าหมาย 6,000 ชิ้น", "12 ตำบล 18 จุด").
    static readonly string[] SameThingLinks =
        ["จากเป้าหมาย", "เป้าหมาย", "จากเป้า", "เป้า", "จาก", "ตาม", "รวมทั้งหมด", "รวม", "ทั้งหมด", "ทั้งสิ้น", "จำนวน", "คิดเป็น",
         "ผลิตไปแล้ว", "ผลิตได้", "ทำได้", "แจกได้", "แจกไป", "ได้แล้ว", "ไปแล้ว", "แล้ว", "คงเหลือ", "เหลือ", "ได้",
         "a total of", "out of", "target of", "target", "total", "of", "from", "so far", "achieved", "produced", "made", "done"];

    /// <summary>Every quantity in free text, in order. Dates, times, percentages, phone and house numbers, ordinals,
    /// years, "โควิด-19" and per-unit rates ("ครอบครัวละ 1 แผง") are skipped.</summary>
    public static IReadOnlyList<Quantity> Extract(string? text)
    {
        var s = ThaiText.Normalize(text);
        if (s.Length == 0) return [];
        var masked = NonQuantities.MaskedSpans(s);
        var places = Provinces.Spans(s);
        var numbers = NumberScanner.Scan(s)
            .Where(n => !(n.FromWords && places.Any(p => p.Start < n.End && n.Start < p.End)) && !NonQuantities.Excludes(s, n, masked))
            .ToList();

        var found = new List<Quantity>();
        var consumed = 0;
        Quantity? previous = null;
        for (var k = 0; k < numbers.Count; k++)
        {
            var n = numbers[k];
            var last = n;
            // "500-600 ชิ้น", "500 ถึง 600 ชิ้น": keep the lower bound and call it approximate.
            if (k + 1 < numbers.Count && IsRange(s, n, numbers[k + 1])) last = numbers[++k];
            var read = Read(s, n, last.End, Math.Max(consumed, n.Start - Window), places);
            if (read is null) continue;
            var (q, end) = read.Value;
            if (q.Item is null && previous?.Item is not null && Units.KindOf(previous.Unit) == Units.KindOf(q.Unit) && OnlyLinks(s, consumed, q.Start))
                q = q with { Item = previous.Item };
            found.Add(q);
            consumed = end;
            previous = q;
        }
        return found;
    }

    /// <summary>An answer to a "how many?" prompt ("2,000 ชิ้น", "สองพันชิ้น", "กว่า 500 กก.", "50ลิตร"). The unit is the one
    /// written, else <paramref name="defaultUnit"/>. False when there is no number, a negative one, one above 10^12, or
    /// several different numbers.</summary>
    public static bool TryParseAnswer(string? text, string? defaultUnit, out Quantity quantity)
    {
        quantity = null!;
        var s = ThaiText.Normalize(text);
        if (!SingleNumber.TryFind(s, out var n)) return false;
        var read = Read(s, n, n.End, 0, Provinces.Spans(s));
        if (read is null) return false;
        var q = read.Value.Quantity;
        var fallback = string.IsNullOrWhiteSpace(defaultUnit) ? null : Units.Normalize(defaultUnit) ?? defaultUnit.Trim();
        quantity = q.Unit is null ? q with { Unit = fallback } : q;
        return true;
    }

    /// <summary>Reads one quantity whose number runs from <paramref name="n"/> to <paramref name="numberEnd"/>; the words
    /// from <paramref name="wordsFrom"/> up to it may name the item or a target. Also returns where its words end.</summary>
    static (Quantity Quantity, int End)? Read(string s, ScannedNumber n, int numberEnd, int wordsFrom, IReadOnlyList<(int Start, int End)> places)
    {
        var value = n.Value;
        var approximate = numberEnd != n.End;
        var start = n.Start;
        if (Qualifiers.ApproximateBefore(s, n.Start) is var qualifier and >= 0) { approximate = true; start = qualifier; }

        var end = numberEnd;
        if (Qualifiers.ApproximateAfter(s, end) is var after and >= 0) { approximate = true; end = after; }
        var unitAt = end < s.Length && s[end] == ' ' ? end + 1 : end;
        string? unit = null;
        UnitKind? kind = null;
        if (Units.MatchAt(s, unitAt) is { } u)
        {
            unit = u.Canonical;
            kind = u.Kind;
            value *= u.Scale;
            end = unitAt + u.Length;
            if (Qualifiers.ApproximateAfter(s, end) is var afterUnit and >= 0) { approximate = true; end = afterUnit; }
            if (RateFollows(s, end)) return null;
        }
        else if (Qualifiers.EndsWith(s, n.Start, "฿"))
        {
            unit = "บาท";
            kind = UnitKind.Money;
        }
        if (value > MaxValue) return null;

        wordsFrom = Math.Min(wordsFrom, start);
        var isTarget = Qualifiers.TargetIn(s, wordsFrom, start);
        var wordsEnd = end;
        var item = ItemBefore(s, wordsFrom, start, kind, places)?.Name;
        if (item is null && ItemAfter(s, unitAt, unit is null ? numberEnd : end, unit is not null) is { } right)
        {
            item = right.Name;
            wordsEnd = Math.Max(end, right.End);
        }
        item ??= ThaiBefore(s, start) ? ItemGuess.From(s, wordsFrom, start) : null;
        // 177.25 × 1,000,000 keeps two decimal places in decimal's scale; drop them so the value prints as 177250000.
        value /= 1.000000000000000000000000000000000m;
        return (new Quantity(value, unit, item, approximate, isTarget, start, end - start), wordsEnd);
    }

    static ItemMatch? ItemBefore(string s, int from, int to, UnitKind? unit, IReadOnlyList<(int Start, int End)> places) =>
        ItemLexicon.FindAll(s, from, to)
            .Where(m => Fits(m.Kind, unit) && !places.Any(p => p.Start < m.End && m.Start < p.End))
            .OrderByDescending(m => m.End).ThenByDescending(m => m.End - m.Start)
            .Cast<ItemMatch?>().FirstOrDefault();

    /// <summary>An item written after the number: English "500 masks", "200 bottles of hand gel"; Thai only when glued
    /// to the unit ("205 ถุงยังชีพ") or right after a number with no unit ("500 ถุงมือ").</summary>
    static ItemMatch? ItemAfter(string s, int unitAt, int end, bool hasUnit)
    {
        if (hasUnit && ItemLexicon.At(s, unitAt) is { } glued && glued.End > end) return glued;
        var p = end < s.Length && s[end] == ' ' ? end + 1 : end;
        foreach (var of in (string[])["of ", "ของ"])
            if (string.Compare(s, p, of, 0, of.Length, StringComparison.OrdinalIgnoreCase) == 0) p += of.Length;
        if (ItemLexicon.At(s, p) is not { } item) return null;
        return ThaiChars.IsLatinLetter(s[p]) || !hasUnit ? item : null;
    }

    /// <summary>Whether an item of this kind can be what the unit counts: rice is counted in กิโลกรัม, not in คน;
    /// people units also count what they received ("กิฟต์เซ็ต 61 คน").</summary>
    static bool Fits(ItemKind item, UnitKind? unit) => unit switch
    {
        null or UnitKind.People or UnitKind.Household or UnitKind.Other => true,
        UnitKind.Goods => item == ItemKind.Goods,
        UnitKind.Money => item is ItemKind.Money or ItemKind.Goods,
        _ => item is ItemKind.Activity or ItemKind.Goods,
    };

    /// <summary>"1 แผง/ครอบครัว", "2 ชิ้นต่อคน", "500 บาท per household": the amount per recipient, not a total.</summary>
    static bool RateFollows(string s, int end)
    {
        var p = end < s.Length && s[end] == ' ' ? end + 1 : end;
        foreach (var per in (string[])["/", "ต่อ", "per ", "each"])
        {
            if (string.Compare(s, p, per, 0, per.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (per == "each") return ThaiChars.IsEdge(s, p + 4);
            var q = p + per.Length;
            if (q < s.Length && s[q] == ' ') q++;
            if (q < s.Length && ThaiChars.IsDigit(s[q])) q = NumberScanner.Scan(s[q..]) is [var first, ..] ? q + first.End + (q + first.End < s.Length && s[q + first.End] == ' ' ? 1 : 0) : q;
            if (Durations.LengthAt(s, q) > 0) return true;
            if (Units.MatchAt(s, q) is { Kind: UnitKind.People or UnitKind.Household }) return true;
            if (per == "per " && q < s.Length && ThaiChars.IsLatinLetter(s[q])) return true;
        }
        return false;
    }

    static bool IsRange(string s, ScannedNumber low, ScannedNumber high)
    {
        if (high.Value <= low.Value || low.FromWords != high.FromWords) return false;
        var between = s[low.End..high.Start].Trim();
        return between is "-" or "ถึง" or "to" or "–";
    }

    /// <summary>True when only linking words ("จากเป้าหมาย", "รวม") stand between two quantities, so both count the same thing.</summary>
    static bool OnlyLinks(string s, int from, int to)
    {
        if (from >= to) return true;
        var words = s[from..to].ToLowerInvariant();
        foreach (var link in SameThingLinks) words = words.Replace(link, " ");
        return words.All(c => !(ThaiChars.IsThaiLetter(c) || ThaiChars.IsLatinLetter(c) || ThaiChars.IsDigit(c)));
    }

    static bool ThaiBefore(string s, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
            if (ThaiChars.IsThaiLetter(s[i])) return true;
        return false;
    }
}
