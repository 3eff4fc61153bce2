namespace CodiBot.Thai;

/// <summary>Reads the counts in a field report ("แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง") and answers
/// to "how many?" prompts.</summary>
public static class Quantities
{
    const decimal MaxValue = 1_000_000_000_000m;

    // How far back the item and target words of a number may be ("ตั้งเป้าหมายผลิตหน้ากากผ้าแจกประชาชน 10,000 ชิ้น").
    const int Window = 60;

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
            if (q.Item is null && previous is { Quantity.Item: not null } p && ItemChoice.Fits(p.ItemKind, read.UnitKind) && ItemChoice.SameThing(s, consumed, q.Start))
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
        var match = ItemChoice.Before(s, wordsFrom, start, kind, places);
        if (match is null && ItemChoice.After(s, unitAt, unit is null ? numberEnd : end, unit is not null) is { } right && ItemChoice.Fits(right.Kind, kind))
        {
            match = right;
            wordsEnd = Math.Max(end, right.End);
            // "4 screening points": the item's last word is the unit.
            var lastWord = s.LastIndexOf(' ', right.End - 1, right.End - right.Start) is var space and >= 0 ? space + 1 : right.Start;
            if (unit is null && Units.MatchAt(s, lastWord) is { } last && lastWord + last.Length == right.End)
            {
                unit = last.Canonical;
                kind = last.Kind;
                end = right.End;
            }
        }
        if (NonQuantities.RateAfter(s, wordsEnd)) return null;
        var item = match?.Name ?? ItemChoice.Guess(s, wordsFrom, start);
        var itemKind = match?.Kind ?? ItemKind.Goods;
        // 177.25 × 1,000,000 keeps two decimal places in decimal's scale; drop them so the value prints as 177250000.
        value /= 1.000000000000000000000000000000000m;
        return new Read(new Quantity(value, unit, item, approximate, isTarget, start, end - start), kind, itemKind, wordsEnd);
    }

    /// <summary>A quantity with what the rules after it need: the kinds of its unit and item, and where its words end.</summary>
    readonly record struct Read(Quantity Quantity, UnitKind? UnitKind, ItemKind ItemKind, int End);

    static bool IsRange(string s, ScannedNumber low, ScannedNumber high)
    {
        if (high.Value <= low.Value || low.FromWords != high.FromWords) return false;
        var between = s[low.End..high.Start].Trim();
        return between is "-" or "ถึง" or "to" or "–";
    }
}
