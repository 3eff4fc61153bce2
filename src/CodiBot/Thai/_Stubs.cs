// TEMPORARY stubs until the thai branch merges; replaced by the real implementation.
namespace CodiBot.Thai;
public static class ThaiText { public static string Normalize(string? text) => (text ?? "").Trim(); }
public static class ThaiNumbers { public static bool TryParse(string? text, out decimal value, out bool approximate) { approximate = false; return decimal.TryParse((text ?? "").Replace(",", ""), out value); } }
public sealed record Quantity(decimal Value, string? Unit, string? Item, bool Approximate, bool IsTarget, int Start, int Length);
public static class Quantities {
    public static IReadOnlyList<Quantity> Extract(string? text) => [];
    public static bool TryParseAnswer(string? text, string? defaultUnit, out Quantity quantity) { quantity = null!; if (!ThaiNumbers.TryParse((text ?? "").Split(' ')[0], out var v, out _)) return false; quantity = new Quantity(v, defaultUnit, null, false, false, 0, 0); return true; }
}
public static class Units { public static string? Normalize(string? word) => word; public static IReadOnlyList<string> All { get; } = []; public static string English(string canonical) => canonical; }
public static class ThaiDates {
    public static bool TryParse(string? text, DateOnly today, out DateOnly date) { date = today; if (text == "วันนี้") return true; if (text == "เมื่อวาน") { date = today.AddDays(-1); return true; } return DateOnly.TryParse(text, out date); }
    public static string Format(DateOnly date) => date.ToString("d/M/yyyy");
    public static string FormatEnglish(DateOnly date) => date.ToString("d MMM yyyy");
}
public enum Region { North, Northeast, South, CentralWest, BangkokEast }
public static class Regions {
    public static string Thai(Region r) => r.ToString(); public static string Short(Region r) => r.ToString(); public static string English(Region r) => r.ToString(); public static string Id(Region r) => r.ToString().ToLowerInvariant();
    public static bool TryParse(string? text, out Region region) => Enum.TryParse(text, true, out region);
    public static IReadOnlyList<Region> FindIn(string? text) => [];
}
public sealed record Province(string Thai, string English, Region Region);
public static class Provinces {
    public static IReadOnlyList<Province> All { get; } = [new("พัทลุง", "Phatthalung", Region.South), new("น่าน", "Nan", Region.North)];
    public static Province? Find(string? text) => All.FirstOrDefault(p => text != null && text.Contains(p.Thai));
    public static IReadOnlyList<Province> Suggest(string? text, int max = 3) => All.Take(max).ToList();
    public static IReadOnlyList<Province> FindIn(string? text) => All.Where(p => text != null && text.Contains(p.Thai)).ToList();
}
