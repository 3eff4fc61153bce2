namespace CodiBot.Thai;

/// <summary>What a counted unit is, so an item can be checked against it (rice is not counted in คน).</summary>
internal enum UnitKind { Goods, People, Household, Place, Organisation, Money, Other }

/// <summary>A unit word found in text: its canonical name, how far it reaches and any scale it carries ("ลบ." = ล้านบาท).</summary>
internal readonly record struct UnitMatch(string Canonical, UnitKind Kind, int Length, decimal Scale);

/// <summary>The units people write after a number, each mapped to one canonical Thai unit.
/// ท่าน counts as คน; ราย stays apart (it counts cases and fund members, not heads);
/// ครอบครัว, หลัง and หลังคาเรือน count ครัวเรือน.</summary>
public static class Units
{
    sealed record Definition(string Canonical, string English, UnitKind Kind, string[] Forms, decimal Scale = 1);

    static readonly Definition[] Table =
    [
        new("ชิ้น", "pieces", UnitKind.Goods, ["ชิ้น", "ชิ่น", "อัน", "แผ่น", "pcs", "pc", "piece", "pieces", "unit", "units"]),
        new("ลิตร", "litres", UnitKind.Goods, ["ลิตร", "ลิต", "ล.", "l", "liter", "liters", "litre", "litres", "ltr"]),
        new("มิลลิลิตร", "ml", UnitKind.Goods, ["มิลลิลิตร", "มล.", "มล", "ซีซี", "ml", "cc"]),
        new("กิโลกรัม", "kg", UnitKind.Goods, ["กิโลกรัม", "กิโล", "กก.", "กก", "ก.ก.", "โล", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"]),
        new("กรัม", "grams", UnitKind.Goods, ["กรัม", "gram", "grams"]),
        new("ตัน", "tonnes", UnitKind.Goods, ["ตัน", "ton", "tons", "tonne", "tonnes"]),
        new("แผง", "trays", UnitKind.Goods, ["แผง", "ถาด", "tray", "trays"]),
        new("ถุง", "bags", UnitKind.Goods, ["ถุง", "bag", "bags"]),
        new("ชุด", "sets", UnitKind.Goods, ["ชุด", "set", "sets", "kit", "kits"]),
        new("โหล", "dozen", UnitKind.Goods, ["โหล", "dozen", "dozens"]),
        new("ก้อน", "bars", UnitKind.Goods, ["ก้อน", "bar", "bars"]),
        new("ขวด", "bottles", UnitKind.Goods, ["ขวด", "bottle", "bottles"]),
        new("แกลลอน", "gallons", UnitKind.Goods, ["แกลลอน", "แกลอน", "gallon", "gallons"]),
        new("กล่อง", "boxes", UnitKind.Goods, ["กล่อง", "box", "boxes", "carton", "cartons"]),
        new("ตัว", "units", UnitKind.Goods, ["ตัว"]),
        new("เครื่อง", "machines", UnitKind.Goods, ["เครื่อง", "machine", "machines", "device", "devices"]),
        new("กระสอบ", "sacks", UnitKind.Goods, ["กระสอบ", "sack", "sacks"]),
        new("ลัง", "crates", UnitKind.Goods, ["ลัง", "crate", "crates"]),
        new("แพ็ค", "packs", UnitKind.Goods, ["แพ็ค", "แพ็ก", "แพค", "pack", "packs"]),
        new("ซอง", "sachets", UnitKind.Goods, ["ซอง", "sachet", "sachets", "envelope", "envelopes"]),
        new("ห่อ", "packets", UnitKind.Goods, ["ห่อ", "packet", "packets", "parcel", "parcels"]),
        new("หลอด", "tubes", UnitKind.Goods, ["หลอด", "tube", "tubes"]),
        new("ถัง", "tanks", UnitKind.Goods, ["ถัง", "tank", "tanks", "bucket", "buckets"]),
        new("กระป๋อง", "cans", UnitKind.Goods, ["กระป๋อง", "cans"]),
        new("ฟอง", "eggs", UnitKind.Goods, ["ฟอง"]),
        new("คู่", "pairs", UnitKind.Goods, ["คู่", "pair", "pairs"]),
        new("ใบ", "sheets", UnitKind.Goods, ["ใบ", "sheet", "sheets"]),
        new("ผืน", "pieces of cloth", UnitKind.Goods, ["ผืน"]),
        new("ต้น", "plants", UnitKind.Goods, ["ต้น", "plant", "plants", "tree", "trees"]),
        new("คัน", "vehicles", UnitKind.Goods, ["คัน", "vehicle", "vehicles", "truck", "trucks", "car", "cars"]),
        new("เมตร", "metres", UnitKind.Goods, ["เมตร", "metre", "metres", "meter", "meters"]),
        new("หลา", "yards", UnitKind.Goods, ["หลา", "yard", "yards"]),
        new("คน", "people", UnitKind.People, ["คน", "ท่าน", "people", "persons", "person", "pax"]),
        new("ราย", "cases", UnitKind.People, ["ราย", "case", "cases"]),
        new("ครัวเรือน", "households", UnitKind.Household,
            ["ครัวเรือน", "คร.", "ครอบครัว", "ครัว", "หลังคาเรือน", "หลัง", "household", "households", "family", "families", "house", "houses", "home", "homes"]),
        new("จุด", "points", UnitKind.Place, ["จุด", "point", "points", "spot", "spots", "checkpoint", "checkpoints", "site", "sites"]),
        new("แห่ง", "places", UnitKind.Place, ["แห่ง", "place", "places", "location", "locations"]),
        new("ศูนย์", "centres", UnitKind.Place, ["ศูนย์", "centre", "centres", "center", "centers"]),
        new("ตำบล", "sub-districts", UnitKind.Place, ["ตำบล", "tambon", "tambons", "subdistrict", "subdistricts", "sub-district", "sub-districts"]),
        new("หมู่บ้าน", "villages", UnitKind.Place, ["หมู่บ้าน", "หมู่", "village", "villages"]),
        new("ชุมชน", "communities", UnitKind.Place, ["ชุมชน", "community", "communities"]),
        new("อำเภอ", "districts", UnitKind.Place, ["อำเภอ", "district", "districts"]),
        new("จังหวัด", "provinces", UnitKind.Place, ["จังหวัด", "province", "provinces"]),
        new("กองทุน", "funds", UnitKind.Organisation, ["กองทุน", "fund", "funds"]),
        new("องค์กร", "organisations", UnitKind.Organisation, ["องค์กร", "organisation", "organisations", "organization", "organizations", "orgs"]),
        new("กลุ่ม", "groups", UnitKind.Organisation, ["กลุ่ม", "group", "groups"]),
        new("สหกรณ์", "cooperatives", UnitKind.Organisation, ["สหกรณ์", "cooperative", "cooperatives", "co-op", "co-ops"]),
        new("หน่วยงาน", "agencies", UnitKind.Organisation, ["หน่วยงาน", "agency", "agencies"]),
        new("บาท", "baht", UnitKind.Money, ["บาท", "บ.", "baht", "thb", "฿"]),
        new("บาท", "baht", UnitKind.Money, ["ลบ.", "ล้านบาท"], 1_000_000m),
        new("ไร่", "rai", UnitKind.Other, ["ไร่", "rai"]),
        new("ครั้ง", "times", UnitKind.Other, ["ครั้ง", "รอบ", "time", "times", "rounds"]),
        new("ข่าว", "news items", UnitKind.Other, ["ข่าว"]),
        new("เรื่อง", "topics", UnitKind.Other, ["เรื่อง", "topic", "topics"]),
        new("รายการ", "items", UnitKind.Other, ["รายการ", "item", "items"]),
    ];

    // Words that begin with a unit but are not one ("ตัวอย่าง" = example, "หลังจาก" = after, "แห่งชาติ" = national).
    static readonly string[] NotUnits =
    [
        "หลังจาก", "หลังการ", "ตัวอย่าง", "ตัวเอง", "ตัวแทน", "ตัวชี้วัด", "รายได้", "รายงาน", "รายชื่อ", "รายละเอียด",
        "จุดประสงค์", "จุดเด่น", "จุดยืน", "แห่งชาติ", "ต้นทุน", "ต้นเดือน", "ลังเล", "โลก", "โลชั่น", "ใบหน้า",
        "ถุงมือ", "อันดับ", "อันตราย", "คนไข้",
    ];

    static readonly Dictionary<string, Definition> ByForm = BuildForms();

    public static IReadOnlyList<string> All { get; } = Table.Select(d => d.Canonical).Distinct().ToArray();

    /// <summary>Canonical Thai unit for a written unit ("กก." → กิโลกรัม, "ท่าน" → คน, "kg" → กิโลกรัม), or null.
    /// "ล้านบาท" gives บาท: the million belongs to the number.</summary>
    public static string? Normalize(string? word)
    {
        var w = ThaiText.Normalize(word).ToLowerInvariant();
        if (w.Length == 0) return null;
        if (ByForm.TryGetValue(w, out var d)) return d.Canonical;
        return ByForm.TryGetValue(w.TrimEnd('.'), out d) || ByForm.TryGetValue(w + ".", out d) ? d.Canonical : null;
    }

    /// <summary>English label for a canonical unit; an unknown unit is returned as given.</summary>
    public static string English(string canonical) =>
        Table.FirstOrDefault(d => d.Canonical == canonical)?.English ?? canonical;

    /// <summary>False for a fraction of what comes only whole: people, households, places and organisations ("2.5 คน").</summary>
    public static bool Fits(decimal value, string? canonical) =>
        value == decimal.Truncate(value) || KindOf(canonical) is not (UnitKind.People or UnitKind.Household or UnitKind.Place or UnitKind.Organisation);

    internal static UnitKind? KindOf(string? canonical) =>
        canonical is null ? null : Table.FirstOrDefault(d => d.Canonical == canonical)?.Kind;

    /// <summary>The longest unit written at <paramref name="start"/> that ends at a syllable edge, or null.</summary>
    internal static UnitMatch? MatchAt(string s, int start)
    {
        if (start >= s.Length) return null;
        foreach (var word in NotUnits)
            if (string.CompareOrdinal(s, start, word, 0, word.Length) == 0) return null;
        Definition? best = null;
        var bestLength = 0;
        foreach (var d in Table)
            foreach (var form in d.Forms)
                if (form.Length > bestLength && FormAt(s, start, form)) { best = d; bestLength = form.Length; }
        return best is null ? null : new UnitMatch(best.Canonical, best.Kind, bestLength, best.Scale);
    }

    /// <summary>True when a unit word ends exactly at <paramref name="end"/> ("ชิ้น" in "2 ชิ้นต่อครอบครัว").</summary>
    internal static bool EndsAt(string s, int end) =>
        end > 0 && Table.Any(d => d.Forms.Any(f => f.Length <= end && FormAt(s, end - f.Length, f)));

    static bool FormAt(string s, int start, string form)
    {
        if (start + form.Length > s.Length) return false;
        var latin = ThaiChars.IsLatinLetter(form[0]);
        if (string.Compare(s, start, form, 0, form.Length, latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) != 0)
            return false;
        var end = start + form.Length;
        if (end == s.Length) return true;
        return latin ? !ThaiChars.IsLatinLetter(s[end]) : !ThaiChars.Attaches(s[end]);
    }

    static Dictionary<string, Definition> BuildForms()
    {
        var d = new Dictionary<string, Definition>();
        foreach (var def in Table)
            foreach (var form in def.Forms)
                d.TryAdd(form.ToLowerInvariant(), def);
        return d;
    }
}
