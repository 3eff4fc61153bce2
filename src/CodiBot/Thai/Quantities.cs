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
         "ราคา", "มูลค่า", "เป็นเงิน", "ผลิตไปแล้ว", "ผลิตได้", "ทำได้", "แจกได้", "แจกไป", "ได้แล้ว", "ไปแล้ว", "แล้ว", "คงเหลือ", "เหลือ", "ได้",
         "a total of", "out of", "target of", "target", "total", "of", "from", "so far", "achieved", "produced", "made", "done", "worth", "costing", "value"];

    /// <summary>Every quantity in free text, in order. Dates, times, percentages, phone and house numbers, ordinals,
    /// years, "โควิด-19" and per-unit rates ("ครอบครัวละ 1 แผง") are skipped.</summary>
    public static IReadOnlyList<Quantity> Extract(string? text)
    {
        var s = ThaiText.Normalize(text);
        if (s.Length == 0) return [];
        var masked = NonQuantities.MaskedSpans(s);
        var places = Provinces.Spans(s);
        var scanned = NumberScanner.Scan(s);
        var numbers = new List<ScannedNumber>();
        for (var k = 0; k < scanned.Count; k++)
        {
            var n = scanned[k];
            var excluded = n.FromWords && places.Any(p => p.Start < n.End && n.Start < p.End) || NonQuantities.Excludes(s, n, masked);
            // The far end of an excluded range goes with it: "ระยะห่าง 1-2 เมตร", "ร้อยละ 20-30".
            if (k > 0 && IsRange(s, scanned[k - 1], n) && !numbers.Contains(scanned[k - 1])) excluded = true;
            if (!excluded) numbers.Add(n);
        }

        var found = new List<Quantity>();
        var consumed = 0;
        Read? previous = null;
        for (var k = 0; k < numbers.Count; k++)
        {
            var n = numbers[k];
            var last = n;
            // "500-600 ชิ้น", "500 ถึง 600 ชิ้น": keep the lower bound and call it approximate.
            if (k + 1 < numbers.Count && IsRange(s, n, numbers[k + 1])) last = numbers[++k];
            if (ReadAt(s, n, last.End, Math.Max(consumed, n.Start - Window), places) is not { } read) continue;
            var q = read.Quantity;
            // "800 ชิ้น จากเป้าหมาย 6,000 ชิ้น", "12 ตำบล 18 จุด": the second count is of the same thing.
            if (q.Item is null && previous is { Quantity.Item: not null } p && Fits(p.ItemKind, read.UnitKind) && SameThing(s, consumed, q.Start))
                read = read with { Quantity = q with { Item = p.Quantity.Item }, ItemKind = p.ItemKind };
            found.Add(read.Quantity);
            consumed = read.End;
            previous = read;
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
        if (ReadAt(s, n, n.End, 0, Provinces.Spans(s)) is not { } read) return false;
        var q = read.Quantity;
        var fallback = string.IsNullOrWhiteSpace(defaultUnit) ? null : Units.Normalize(defaultUnit) ?? defaultUnit.Trim();
        quantity = q.Unit is null ? q with { Unit = fallback } : q;
        return true;
    }

    /// <summary>Reads one quantity whose number runs from <paramref name="n"/> to <paramref name="numberEnd"/>; the words
    /// from <paramref name="wordsFrom"/> up to it may name the item or a target. Also returns where its words end.</summary>
    static Read? ReadAt(string s, ScannedNumber n, int numberEnd, int wordsFrom, IReadOnlyList<(int Start, int End)> places)
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
        var match = ItemBefore(s, wordsFrom, start, kind, places);
        if (match is null && ItemAfter(s, unitAt, unit is null ? numberEnd : end, unit is not null) is { } right && Fits(right.Kind, kind))
        {
            match = right;
            wordsEnd = Math.Max(end, right.End);
            // "4 screening points": the item's last word is the unit.
            if (unit is null && Units.MatchAt(s, s.LastIndexOf(' ', right.End - 1, right.End - right.Start) + 1) is { } last
                && s.LastIndexOf(' ', right.End - 1, right.End - right.Start) + 1 + last.Length == right.End)
            {
                unit = last.Canonical;
                kind = last.Kind;
                end = right.End;
            }
        }
        if (RateFollows(s, wordsEnd)) return null;
        var item = match?.Name;
        var itemKind = match?.Kind ?? ItemKind.Goods;
        item ??= ThaiBefore(s, start) ? ItemGuess.From(s, wordsFrom, start) : null;
        // 177.25 × 1,000,000 keeps two decimal places in decimal's scale; drop them so the value prints as 177250000.
        value /= 1.000000000000000000000000000000000m;
        return new Read(new Quantity(value, unit, item, approximate, isTarget, start, end - start), kind, itemKind, wordsEnd);
    }

    /// <summary>A quantity with what the rules after it need: the kinds of its unit and item, and where its words end.</summary>
    readonly record struct Read(Quantity Quantity, UnitKind? UnitKind, ItemKind ItemKind, int End);

    /// <summary>The nearest item before the number that the unit can count. People units prefer what people
    /// received ("แจกข้าวสารให้ผู้สูงอายุ 50 คน" → ข้าวสาร), then who they were; baht prefers kinds of money.</summary>
    static ItemMatch? ItemBefore(string s, int from, int to, UnitKind? unit, IReadOnlyList<(int Start, int End)> places)
    {
        var near = ItemLexicon.FindAll(s, from, to)
            .Where(m => !places.Any(p => p.Start < m.End && m.Start < p.End))
            .OrderByDescending(m => m.End).ThenByDescending(m => m.End - m.Start)
            .ToList();
        foreach (var kinds in Preferences(unit))
            foreach (var m in near)
                if (kinds.Contains(m.Kind)) return m;
        return null;
    }

    static readonly ItemKind[] AnyKind = [ItemKind.Goods, ItemKind.Activity, ItemKind.Money, ItemKind.People];

    static ItemKind[][] Preferences(UnitKind? unit) => unit switch
    {
        UnitKind.Goods => [[ItemKind.Goods]],
        UnitKind.Money => [[ItemKind.Money], [ItemKind.Goods]],
        UnitKind.People or UnitKind.Household => [[ItemKind.Goods, ItemKind.Activity, ItemKind.Money], [ItemKind.People]],
        UnitKind.Place or UnitKind.Organisation => [[ItemKind.Activity, ItemKind.Goods]],
        _ => [AnyKind],
    };

    static bool Fits(ItemKind item, UnitKind? unit) => Preferences(unit).Any(kinds => kinds.Contains(item));

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

    /// <summary>True when only linking words ("จากเป้าหมาย", "รวม") or a recipient ("ให้ อบต.", "to") stand between
    /// two quantities, so the second counts the same thing as the first.</summary>
    static bool SameThing(string s, int from, int to)
    {
        if (from >= to) return true;
        var words = s[from..to].Trim().ToLowerInvariant() + " ";
        foreach (var give in (string[])["แจกให้", "มอบให้", "ให้กับ", "ให้แก่", "ให้", "แก่", "ใน", "to ", "for ", "in "])
            if (words.StartsWith(give, StringComparison.Ordinal)) return true;
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
