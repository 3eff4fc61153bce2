using System.Text.Json.Nodes;
using CodiBot.Conversations;
using CodiBot.Thai;

namespace CodiBot.Dialogs.Engine;

/// <summary>An area answer: a subdistrict, district or province name worked out to the whole place; a name several
/// places share offers each of them as a button.</summary>
public static class AreaAnswer
{
    const int MaxButtons = 10;

    public static JsonObject Value(Area a) => new() { ["subdistrict"] = a.Subdistrict, ["district"] = a.District, ["province"] = a.Province };

    public static Area? Of(JsonNode? value) => value is JsonObject o && o["province"]?.GetValue<string>() is { } province
        ? new Area(province, o["district"]?.GetValue<string>(), o["subdistrict"]?.GetValue<string>()) : null;

    public static ParseResult Parse(string text, bool en)
    {
        var found = ThaiAreas.Find(text);
        if (found.Count == 1) return new Accepted(Value(found[0]));
        if (found.Count == 0)
            return new Rejected(en ? "I can't find that place. Type the subdistrict or district, e.g. \"ต.ละงู\" or \"อ.ละงู จ.สตูล\"."
                : "ไม่พบพื้นที่นี้ค่ะ ลองพิมพ์ชื่อตำบลหรืออำเภอ เช่น ต.ละงู หรือ อ.ละงู จ.สตูล");
        if (found.Count > MaxButtons)
            return new Rejected(en ? $"{found.Count} places have that name; please add the district or province, e.g. \"{found[0].Thai}\"."
                : $"ชื่อนี้มี {found.Count} แห่งค่ะ กรุณาพิมพ์อำเภอหรือจังหวัดด้วย เช่น {found[0].Thai}");
        return new Rejected(en ? "Several places have that name. Which one?" : "ชื่อนี้มีหลายแห่งค่ะ อยู่ที่ไหนคะ",
            found.Select(a => new Choice(Label(a), a.Thai)).ToList());
    }

    /// <summary>A button names what tells the places apart (district and province) within LINE's 20 characters; tapping it sends the whole place.</summary>
    static string Label(Area a)
    {
        var marked = (a.Subdistrict is null ? a : a with { Subdistrict = null }).Thai;
        return marked.Length <= 20 || a.District is null ? marked : $"{a.District} {a.Province}";
    }
}
