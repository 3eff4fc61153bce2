// TEMPORARY stubs until the thai branch merges; replaced by the real implementation.
namespace CodiBot.Thai;
public static class ThaiText { public static string Normalize(string? text) => (text ?? "").Trim(); }
public static class ThaiNumbers { public static bool TryParse(string? text, out decimal value, out bool approximate) { approximate = false; return decimal.TryParse((text ?? "").Replace(",", ""), out value); } }
public sealed record Quantity(decimal Value, string? Unit, string? Item, bool Approximate, bool IsTarget, int Start, int Length);
public static class Quantities {
    public static IReadOnlyList<Quantity> Extract(string? text) => System.Text.RegularExpressions.Regex.Matches(text ?? "", @"([ก-๙]+)?\s*(กว่า\s*)?([0-9][0-9,]*)\s*(ชิ้น|กิโลกรัม|กก\.|แผง|ลิตร|คน)?").Select(m => new Quantity(decimal.Parse(m.Groups[3].Value.Replace(",", "")), m.Groups[4].Value is "" ? null : m.Groups[4].Value == "กก." ? "กิโลกรัม" : m.Groups[4].Value, m.Groups[1].Value is "" ? null : m.Groups[1].Value, m.Groups[2].Success, false, m.Index, m.Length)).ToList();
    public static bool TryParseAnswer(string? text, string? defaultUnit, out Quantity quantity) { quantity = null!; var all = Extract(text); if (all.Count != 1) return false; quantity = all[0] with { Unit = all[0].Unit ?? defaultUnit, Item = null }; return true; }
}
public static class Units { public static string? Normalize(string? word) => word; public static IReadOnlyList<string> All { get; } = []; public static string English(string canonical) => canonical; }
public static class ThaiDates {
    public static bool TryParse(string? text, DateOnly today, out DateOnly date) { date = today; if (text == "วันนี้") return true; if (text == "เมื่อวาน") { date = today.AddDays(-1); return true; } return DateOnly.TryParse(text, out date); }
    public static string Format(DateOnly date) => date.ToString("d/M/yyyy");
    public static string FormatEnglish(DateOnly date) => date.ToString("d MMM yyyy");
}
public enum Region { North, Northeast, South, CentralWest, BangkokEast }
public static class Regions {
    static readonly string[] Th = ["ภาคเหนือ", "ภาคตะวันออกเฉียงเหนือ", "ภาคใต้", "ภาคกลางและตะวันตก", "ภาคกรุงเทพฯ ปริมณฑลและตะวันออก"];
    static readonly string[] Sh = ["เหนือ", "อีสาน", "ใต้", "กลาง/ตะวันตก", "กทม./ตะวันออก"];
    static readonly string[] Ids = ["north", "northeast", "south", "central_west", "bangkok_east"];
    public static string Thai(Region r) => Th[(int)r]; public static string Short(Region r) => Sh[(int)r]; public static string English(Region r) => r.ToString(); public static string Id(Region r) => Ids[(int)r];
    public static bool TryParse(string? text, out Region region) { var i = Array.FindIndex(Sh, x => x == text); if (i < 0) i = Array.FindIndex(Ids, x => x == text); if (i < 0) i = Array.FindIndex(Th, x => x == text); region = (Region)Math.Max(i, 0); return i >= 0; }
    public static IReadOnlyList<Region> FindIn(string? text) => [];
}
public sealed record Province(string Thai, string English, Region Region);
public static class Provinces {
    public static IReadOnlyList<Province> All { get; } = [new("พัทลุง", "Phatthalung", Region.South), new("น่าน", "Nan", Region.North), new("มุกดาหาร", "Mukdahan", Region.Northeast), new("ชุมพร", "Chumphon", Region.South), new("สตูล", "Satun", Region.South)];
    public static Province? Find(string? text) => All.FirstOrDefault(p => text != null && text.Contains(p.Thai));
    public static IReadOnlyList<Province> Suggest(string? text, int max = 3) => All.Take(max).ToList();
    public static IReadOnlyList<Province> FindIn(string? text) => All.Where(p => text != null && text.Contains(p.Thai)).ToList();
}
