namespace CodiBot.Thai;

/// <summary>When no known item is named, a giving or making verb before the number still shows what was counted
/// ("แจกมะนาวให้สมาชิก 200 กิโลกรัม"): keep the noun between the verb and the recipient. Without such a verb, or
/// when the noun looks like a place, an organisation or a label, there is no guess: a wrong item is worse than none.</summary>
internal static class ItemGuess
{
    static readonly string[] TrailingNoise =
    [
        "จำนวน", "รวม", "ทั้งหมด", "ทั้งสิ้น", "ได้", "อีก", "เพิ่มเติม", "เพิ่ม", "แล้ว", "ไป", "มี", "คือ", "เป็น", "ให้", "แก่", "กับ",
        "จาก", "เป้าหมาย", "ตั้งเป้า", "ครบ", ":", "-", "=", ",", "(",
    ];

    // Where the thing ends and the recipient or purpose begins.
    static readonly string[] Cuts = ["ให้", "แก่", "แจก", "มอบ", "สำหรับ", "เพื่อ", "จาก", "ที่", "ใน", "กับ", "โดย", "ร่วมกับ", "ไปยัง", "ถึง"];

    // Verbs of giving, making and receiving goods: the noun right after one is what was counted.
    static readonly string[] Verbs =
    [
        "แจกจ่าย", "แจก", "มอบ", "ผลิต", "จัดซื้อ", "ซื้อ", "จัดหา", "จัดทำ", "ทำ", "เย็บ", "ระดม", "บริจาค", "ได้รับ", "รับ",
        "ส่งมอบ", "ส่ง", "ปลูก", "นำ",
    ];

    // Words that may stand before the verb ("ร่วมกันแจก", "ได้แจก", "ช่วยทำ").
    static readonly string[] BeforeVerbs = ["ร่วมกัน", "ร่วม", "ได้", "ช่วย", "การ", "ทำการ", "และ"];

    static readonly string[] NotItems =
    [
        "ตำบล", "ต.", "อำเภอ", "อ.", "จังหวัด", "จ.", "บ้าน", "หมู่", "ชุมชน", "สภา", "กองทุน", "เครือข่าย", "เทศบาล", "อบต", "อบจ",
        "รพ", "ภาค", "เขต", "วัน", "เดือน", "ปี", "โครงการ", "กิจกรรม", "สำนักงาน", "ศูนย์", "ขบวน", "คณะ", "พอช", "รวม", "ยอด",
        "ผล", "เป้า", "งาน", "ครั้ง", "ประชุม", "ล่าสุด", "สัปดาห์", "เมื่อ", "ทั้ง", "ความ", "การ",
    ];

    public static string? From(string s, int from, int to)
    {
        var words = s[from..to].Trim();
        for (var changed = true; changed && words.Length > 0;)
        {
            changed = false;
            foreach (var noise in TrailingNoise)
                if (words.EndsWith(noise, StringComparison.Ordinal)) { words = words[..^noise.Length].TrimEnd(); changed = true; }
        }
        var chunk = words[(words.LastIndexOf(' ') + 1)..];
        if (chunk.Length < 2) return null;
        foreach (var cut in Cuts)
            if (chunk.Length > 1 && chunk.IndexOf(cut, 1, StringComparison.Ordinal) is var at and > 0) chunk = chunk[..at];
        foreach (var before in BeforeVerbs)
            if (chunk.StartsWith(before, StringComparison.Ordinal)) { chunk = chunk[before.Length..]; break; }
        var verb = Verbs.FirstOrDefault(v => chunk.Length > v.Length && chunk.StartsWith(v, StringComparison.Ordinal));
        if (verb is null) return null;
        chunk = chunk[verb.Length..];
        if (chunk.Length is < 2 or > 20 || !chunk.All(ThaiChars.IsThaiLetter)) return null;
        if (!ThaiChars.IsConsonant(chunk[0]) && !ThaiChars.IsLeadingVowel(chunk[0])) return null;
        if (NotItems.Any(n => chunk.StartsWith(n, StringComparison.Ordinal)) || Verbs.Contains(chunk)) return null;
        // A known item that did not fit the unit ("แจกข้าวสาร 50 คน" counts people) is not a new guess.
        if (ItemLexicon.At(chunk, 0) is { } known && known.End == chunk.Length) return null;
        if (Units.Normalize(chunk) is not null || Durations.LengthAt(chunk, 0) == chunk.Length) return null;
        return Provinces.FindIn(chunk).Count == 0 && Regions.FindIn(chunk).Count == 0 ? chunk : null;
    }
}
