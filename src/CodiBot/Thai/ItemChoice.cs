namespace CodiBot.Thai;

/// <summary>Decides what a quantity counts: the nearest known item before it that its unit can count, an item
/// written after it (English word order), the item of the quantity before it, or a guess from the verb.</summary>
internal static class ItemChoice
{
    // Words that may stand between two quantities of the same thing ("800 ชิ้น จากเป้าหมาย 6,000 ชิ้น", "12 ตำบล 18 จุด").
    static readonly string[] SameThingLinks =
        ["จากเป้าหมาย", "เป้าหมาย", "จากเป้า", "เป้า", "จาก", "ตาม", "รวมทั้งหมด", "รวม", "ทั้งหมด", "ทั้งสิ้น", "จำนวน", "คิดเป็น",
         "ราคา", "มูลค่า", "เป็นเงิน", "ผลิตไปแล้ว", "ผลิตได้", "ทำได้", "แจกได้", "แจกไป", "ได้แล้ว", "ไปแล้ว", "แล้ว", "คงเหลือ", "เหลือ", "ได้",
         "a total of", "out of", "target of", "target", "total", "of", "from", "so far", "achieved", "produced", "made", "done", "worth", "costing", "value"];

    /// <summary>The nearest item before the number that the unit can count. People units prefer what people
    /// received ("แจกข้าวสารให้ผู้สูงอายุ 50 คน" → ข้าวสาร), then who they were; baht prefers kinds of money.</summary>
    public static ItemMatch? Before(string s, int from, int to, UnitKind? unit, IReadOnlyList<(int Start, int End)> places)
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

    public static bool Fits(ItemKind item, UnitKind? unit) => Preferences(unit).Any(kinds => kinds.Contains(item));

    /// <summary>An item written after the number: English "500 masks", "200 bottles of hand gel"; Thai only when glued
    /// to the unit ("205 ถุงยังชีพ") or right after a number with no unit ("500 ถุงมือ").</summary>
    public static ItemMatch? After(string s, int unitAt, int end, bool hasUnit)
    {
        if (hasUnit && ItemLexicon.At(s, unitAt) is { } glued && glued.End > end) return glued;
        var p = end < s.Length && s[end] == ' ' ? end + 1 : end;
        foreach (var of in (string[])["of ", "ของ"])
            if (string.Compare(s, p, of, 0, of.Length, StringComparison.OrdinalIgnoreCase) == 0) p += of.Length;
        if (ItemLexicon.At(s, p) is not { } item) return null;
        return ThaiChars.IsLatinLetter(s[p]) || !hasUnit ? item : null;
    }

    /// <summary>True when only linking words ("จากเป้าหมาย", "รวม") or a recipient ("ให้ อบต.", "to") stand between
    /// two quantities, so the second counts the same thing as the first.</summary>
    public static bool SameThing(string s, int from, int to)
    {
        if (from >= to) return true;
        var words = s[from..to].Trim().ToLowerInvariant() + " ";
        foreach (var give in (string[])["แจกให้", "มอบให้", "ให้กับ", "ให้แก่", "ให้", "แก่", "ใน", "to ", "for ", "in "])
            if (words.StartsWith(give, StringComparison.Ordinal)) return true;
        foreach (var link in SameThingLinks) words = words.Replace(link, " ");
        return words.All(c => !(ThaiChars.IsThaiLetter(c) || ThaiChars.IsLatinLetter(c) || ThaiChars.IsDigit(c)));
    }

    /// <summary>A guess from the words before the number, only for Thai text.</summary>
    public static string? Guess(string s, int from, int to) => ThaiBefore(s, to) ? ItemGuess.From(s, from, to) : null;

    static bool ThaiBefore(string s, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
            if (ThaiChars.IsThaiLetter(s[i])) return true;
        return false;
    }
}
