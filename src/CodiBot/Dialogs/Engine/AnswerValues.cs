using System.Globalization;
using System.Text.Json.Nodes;
using CodiBot.Conversations;
using CodiBot.Dialogs.Definitions;
using CodiBot.Thai;

namespace CodiBot.Dialogs.Engine;

/// <summary>The JSON shape of each field type's answer, and how an answer reads back to the person.</summary>
public static class AnswerValues
{
    public static JsonObject Number(decimal value, bool approximate) => new() { ["value"] = value, ["approx"] = approximate };

    /// <param name="target">A target ("ตั้งเป้า 6,000") is kept with the answer but never counted as done.</param>
    public static JsonObject QuantityItem(decimal value, string? unit, string? item, bool approximate, bool target = false) => new()
    {
        ["value"] = value, ["unit"] = unit, ["item"] = item, ["approx"] = approximate, ["target"] = target,
    };

    public static JsonObject Photo(PhotoAnswer p) => new() { ["key"] = p.Key, ["type"] = p.ContentType, ["size"] = p.Size, ["message"] = p.MessageId };

    public static JsonObject Location(double lat, double lon, string? address) => new() { ["lat"] = lat, ["lon"] = lon, ["address"] = address };

    public static JsonObject Organisation(OrganisationRef o) => new() { ["id"] = o.Id, ["name"] = o.Name, ["province"] = o.Province, ["region"] = o.Region };

    /// <param name="unit">A number field's unit (its measure's, e.g. คน), shown after the number.</param>
    public static string Display(FieldDefinition field, JsonNode? value, Lang lang, string? unit = null)
    {
        if (value is null) return "-";
        var en = lang == Lang.En;
        switch (field.Type)
        {
            case FieldType.Number:
                return Approx(value["approx"]?.GetValue<bool>() == true, en) + FormatNumber(value["value"]!.GetValue<decimal>())
                    + (unit is null ? "" : " " + (en ? Units.English(unit) : unit));
            case FieldType.Quantity:
                return string.Join(", ", value.AsArray().Select(q => QuantityText(q!, en)));
            case FieldType.Choice:
                return ChoiceLabel(field, value.GetValue<string>(), lang);
            case FieldType.MultiChoice:
                return string.Join(", ", value.AsArray().Select(v => ChoiceLabel(field, v!.GetValue<string>(), lang)));
            case FieldType.Date:
                var date = DateOnly.ParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return ThaiDates.Format(date, en);
            case FieldType.Region:
                return Regions.TryParse(value.GetValue<string>(), out var region) ? (en ? Regions.English(region) : Regions.Thai(region)) : value.GetValue<string>();
            case FieldType.Organisation:
                return value["name"]!.GetValue<string>();
            case FieldType.Area:
                return AreaAnswer.Of(value)?.Thai ?? "-";
            case FieldType.Photos:
                var n = value.AsArray().Count;
                return en ? $"{n} photo{(n == 1 ? "" : "s")}" : $"{n} รูป";
            case FieldType.Location:
                return value["address"]?.GetValue<string>() is { Length: > 0 } address ? address
                    : value["lat"] is null ? "-" : $"📍 {value["lat"]!.GetValue<double>():0.#####}, {value["lon"]!.GetValue<double>():0.#####}";
            case FieldType.Confirm:
                return value.GetValue<bool>() ? (en ? "Yes" : "ยินยอม") : (en ? "No" : "ไม่ยินยอม");
            default:
                return value.GetValue<string>();
        }
    }

    static string QuantityText(JsonNode q, bool en)
    {
        var item = q["item"]?.GetValue<string>();
        var unit = q["unit"]?.GetValue<string>();
        var text = Approx(q["approx"]?.GetValue<bool>() == true, en) + FormatNumber(q["value"]!.GetValue<decimal>());
        if (unit is not null) text += " " + (en ? Units.English(unit) : unit);
        if (item is not null) text = $"{item} {text}";
        return q["target"]?.GetValue<bool>() == true ? (en ? $"(target {text})" : $"(เป้าหมาย {text})") : text;
    }

    static string Approx(bool approximate, bool en) => approximate ? (en ? "about " : "ประมาณ ") : "";

    public static string ChoiceLabel(FieldDefinition field, string id, Lang lang) =>
        field.ChoiceList.FirstOrDefault(c => c.Id == id)?.Label.For(lang) ?? id;

    /// <summary>Thai digits grouping with no stray decimals ("N0" for whole numbers; th-TH "N" would give three decimals).</summary>
    public static string FormatNumber(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
