namespace CodiBot.Thai;

/// <summary>Words around a number that make it approximate ("กว่า 10,000", "ประมาณ 50", "500 กว่าชิ้น") or a target
/// ("ตั้งเป้า", "จากเป้าหมาย"). Only words right next to the number count: "งบประมาณ 500" is a budget and
/// "มากกว่าเดิม 500" compares something else.</summary>
internal static class Qualifiers
{
    sealed record Before(string Word, string[] NotAfter, bool NeedsEdge = false);

    static readonly Before[] ThaiBefore =
    [
        new("กว่า", []),                                   // also มากกว่า, เกินกว่า, ไม่ต่ำกว่า, ไม่น้อยกว่า, จำนวนกว่า
        new("ประมาณ", ["งบ"]),                             // งบประมาณ = budget
        new("ราวๆ", ["ค", "เรื่อง"]), new("ราว ๆ", ["ค", "เรื่อง"]), new("ราว", ["ค", "เรื่อง"]), // ชั่วคราว, เรื่องราว
        new("เกือบๆ", []), new("เกือบ", []),
        new("ร่วม", [], NeedsEdge: true),                  // เข้าร่วม 200 คน = 200 took part
        new("อย่างน้อย", []), new("เกิน", []), new("ไม่ถึง", []),
    ];

    static readonly string[] EnglishBefore =
        ["approximately", "approx.", "approx", "about", "around", "roughly", "nearly", "almost", "over", "more than", "less than", "at least", "some", "up to"];

    static readonly string[] HandedOver = ["hand", "handed", "hands", "turned", "passed", "gave"];

    static readonly string[] SymbolsBefore = ["~", "≈", ">", "<", "±"];

    static readonly string[] ThaiAfter = ["กว่าๆ", "กว่า ๆ", "กว่า", "เศษ", "โดยประมาณ", "ขึ้นไป", "+"];

    static readonly string[] EnglishAfter = ["or more", "or so", "plus", "approx.", "approx", "odd", "+"];

    /// <summary>Where an approximating word ends right before <paramref name="start"/> (spaces and "จำนวน" may sit
    /// between), as the index the qualifier starts at; or -1.</summary>
    public static int ApproximateBefore(string s, int start)
    {
        var p = SkipBack(s, start);
        if (EndsWith(s, p, "จำนวน")) p = SkipBack(s, p - "จำนวน".Length);
        foreach (var q in ThaiBefore)
        {
            if (!EndsWith(s, p, q.Word)) continue;
            var at = p - q.Word.Length;
            if (q.NotAfter.Any(n => EndsWith(s, at, n))) continue;
            if (q.NeedsEdge && !ThaiChars.IsEdge(s, at - 1) && !EndsWith(s, at, "จำนวน")) continue;
            return at;
        }
        foreach (var w in EnglishBefore.Concat(SymbolsBefore))
        {
            if (!EndsWithIgnoreCase(s, p, w) || ThaiChars.IsLatinLetter(w[0]) && !ThaiChars.IsEdge(s, p - w.Length - 1)) continue;
            // "handed over 500 masks" gave them; "over 500 masks" is more than 500.
            if (w == "over" && HandedOver.Any(h => EndsWithIgnoreCase(s, SkipBack(s, p - w.Length), h))) continue;
            return p - w.Length;
        }
        return -1;
    }

    /// <summary>Where an approximating word right after <paramref name="end"/> (one space allowed) ends; or -1.</summary>
    public static int ApproximateAfter(string s, int end)
    {
        var p = end < s.Length && s[end] == ' ' ? end + 1 : end;
        foreach (var w in ThaiAfter)
            if (string.CompareOrdinal(s, p, w, 0, w.Length) == 0) return p + w.Length;
        foreach (var w in EnglishAfter)
            if (string.Compare(s, p, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0 && (ThaiChars.IsEdge(s, p + w.Length) || w == "+"))
                return p + w.Length;
        return -1;
    }

    // Nouns that make "เป้าหมาย" mean the people or places served ("กลุ่มเป้าหมาย 500 คน" were reached), not a goal.
    static readonly string[] BeneficiaryNouns = ["กลุ่ม", "พื้นที่", "ประชากร", "ชุมชน", "ครัวเรือน", "ผู้รับ", "บุคคล", "ตำบล", "หมู่บ้าน", "จังหวัด", "คน"];

    static readonly string[] EnglishTargets = ["target", "targets", "goal", "goals", "aim", "aims", "aiming", "plan", "plans", "planned", "planning"];

    /// <summary>True when the words in s[from..to) set a target for the number that follows them.</summary>
    public static bool TargetIn(string s, int from, int to)
    {
        for (var i = from; i < to && (i = s.IndexOf("เป้า", i, to - i, StringComparison.Ordinal)) >= 0; i += 4)
            if (!BeneficiaryNouns.Any(n => EndsWith(s, i, n))) return true;
        var lower = s[from..to].ToLowerInvariant();
        foreach (var w in EnglishTargets)
            for (var i = lower.IndexOf(w, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(w, i + 1, StringComparison.Ordinal))
                if (ThaiChars.IsEdge(lower, i - 1) && ThaiChars.IsEdge(lower, i + w.Length)) return true;
        return false;
    }

    static int SkipBack(string s, int p) => p > 0 && s[p - 1] == ' ' ? p - 1 : p;

    internal static bool EndsWith(string s, int end, string word) =>
        end >= word.Length && string.CompareOrdinal(s, end - word.Length, word, 0, word.Length) == 0;

    static bool EndsWithIgnoreCase(string s, int end, string word) =>
        end >= word.Length && string.Compare(s, end - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
