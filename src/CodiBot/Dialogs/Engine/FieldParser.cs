using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CodiBot.Conversations;
using CodiBot.Dialogs.Definitions;
using CodiBot.Thai;

namespace CodiBot.Dialogs.Engine;

public abstract record ParseResult;
public sealed record Accepted(JsonNode Value) : ParseResult;
/// <summary>Not an answer: <see cref="Retry"/> says in Thai what is expected; the field stays.</summary>
public sealed record Rejected(string Retry, IReadOnlyList<Choice>? Options = null) : ParseResult;

/// <summary>Turns a typed answer into a field's value, or a specific retry prompt.</summary>
public static class FieldParser
{
    public static ParseResult Parse(DialogDefinition dialog, FieldDefinition field, DialogState state, string text, DialogContext ctx, Lang lang)
    {
        var en = lang == Lang.En;
        var t = ThaiText.Normalize(text);
        switch (field.Type)
        {
            case FieldType.Text: return ParseText(field, t, en);
            case FieldType.Number:
                if (!ThaiNumbers.TryParse(t, out var number, out var approx))
                    return new Rejected(en ? "Please type a number, e.g. 120" : "ขอเป็นตัวเลขค่ะ เช่น 120 หรือ ประมาณ 50");
                if (MeasureUnit(dialog, field) is { } own && WrittenUnit(t) is { } written && !SameKind(written, own))
                    return new Rejected(DialogTexts.WrongUnit(own, lang));
                return (ParseResult?)(NotWhole(number, MeasureUnit(dialog, field), en) ?? InRange(field, number, en)) ?? new Accepted(AnswerValues.Number(number, approx));
            case FieldType.Quantity: return ParseQuantity(dialog, field, state, t, en);
            case FieldType.Choice: return ParseChoice(field, state, t, lang);
            case FieldType.MultiChoice:
                var picked = ChoiceMatcher.All(Visible(field, state), t);
                return picked.Count > 0
                    ? new Accepted(new JsonArray(picked.Select(c => (JsonNode)JsonValue.Create(c.Id)).ToArray()))
                    : new Rejected(en ? "Please pick from the buttons (several are fine)." : "เลือกจากปุ่มได้เลยค่ะ (เลือกได้หลายข้อ)");
            case FieldType.Date: return ParseDate(field, t, ctx, en);
            case FieldType.Province:
                if (Provinces.Find(t) is { } province) return new Accepted(JsonValue.Create(province.Thai));
                var close = Provinces.Suggest(t);
                return new Rejected(en ? "I don't know that province. Type its name, e.g. Phatthalung." : "ไม่พบจังหวัดนี้ค่ะ ลองพิมพ์ชื่อจังหวัดอีกครั้ง เช่น พัทลุง" + (close.Count > 0 ? " หรือเลือกจากปุ่ม" : ""),
                    close.Select(p => new Choice(en ? p.English : p.Thai, p.Thai)).ToList());
            case FieldType.Area: return AreaAnswer.Parse(t, en);
            case FieldType.Region:
                return Regions.TryParse(t, out var region)
                    ? new Accepted(JsonValue.Create(Regions.Id(region)))
                    : new Rejected(en ? "Please pick one of the five CODI regions." : "เลือกภาคจากปุ่มค่ะ (พอช. มี 5 สำนักงานภาค)");
            case FieldType.Organisation:
                var orgs = ctx.Organisations;
                var org = orgs.FirstOrDefault(o => ChoiceMatcher.Compact(o.Name) == ChoiceMatcher.Compact(t))
                    ?? (int.TryParse(t, out var n) && n >= 1 && n <= orgs.Count ? orgs[n - 1] : null);
                return org is null
                    ? new Rejected(en ? "Please pick one of your organisations." : "เลือกองค์กรจากปุ่มค่ะ")
                    : new Accepted(AnswerValues.Organisation(org));
            case FieldType.Location:
                if (t.Length < 2) return new Rejected(en ? "Tap \"Send location\" or type the place's name." : "กดปุ่ม \"ส่งตำแหน่ง\" หรือพิมพ์ชื่อสถานที่ค่ะ");
                return (ParseResult?)TooLong(field, t, en) ?? new Accepted(new JsonObject { ["address"] = t });
            case FieldType.Photos:
                return new Rejected(en ? "Send photos with the camera or album buttons, then tap \"Done\"." : "ส่งรูปด้วยปุ่มกล้องหรืออัลบั้ม แล้วกด \"เสร็จ\" ค่ะ");
            default: // Confirm is answered by yes/no words before parsing
                return new Rejected(en ? "Please answer yes or no." : "ตอบ \"ใช่\" หรือ \"ไม่ใช่\" ค่ะ");
        }
    }

    static ParseResult ParseText(FieldDefinition field, string t, bool en)
    {
        var c = field.Constraints;
        if (c?.Pattern is { } pattern)
        {
            // Phone numbers and codes are typed with spaces and dashes; the pattern checks the bare form.
            var bare = Regex.Replace(t, @"[\s\-]", "");
            if (Regex.IsMatch(t, pattern)) return new Accepted(JsonValue.Create(t));
            if (Regex.IsMatch(bare, pattern)) return new Accepted(JsonValue.Create(bare));
            return new Rejected(c.Hint?.For(en ? Lang.En : Lang.Th) ?? (en ? "That does not look right; please check and type it again." : "รูปแบบไม่ถูกต้องค่ะ ลองตรวจสอบแล้วพิมพ์ใหม่อีกครั้ง"));
        }
        var min = c?.MinLength ?? 1;
        if (t.Length < min) return new Rejected(en ? $"Please type at least {min} characters." : $"ขอข้อความอย่างน้อย {min} ตัวอักษรค่ะ");
        return (ParseResult?)TooLong(field, t, en) ?? new Accepted(JsonValue.Create(t));
    }

    /// <summary>The most characters a typed answer may have: <c>max_length</c>, else 1,000 for text and 200 for a place's
    /// name. Every free-text answer is bounded, so the summary and "ย้อนกลับ" that show it stay sendable.</summary>
    public static int MaxLength(FieldDefinition field) =>
        field.Constraints?.MaxLength ?? (field.Type == FieldType.Location ? 200 : 1000);

    static Rejected? TooLong(FieldDefinition field, string t, bool en)
    {
        var max = MaxLength(field);
        return t.Length <= max ? null
            : new Rejected(en ? $"That is too long: at most {max:N0} characters, please (now {t.Length:N0})." : $"ข้อความยาวเกินไปค่ะ ไม่เกิน {max:N0} ตัวอักษร (ตอนนี้ {t.Length:N0}) กรุณาย่อแล้วพิมพ์ใหม่นะคะ");
    }

    static ParseResult ParseQuantity(DialogDefinition dialog, FieldDefinition field, DialogState state, string t, bool en)
    {
        var unit = DefaultUnit(dialog, field, state);
        var found = field.Multiple ? Quantities.Extract(t).ToList() : [];
        if (found.All(q => q.IsTarget) && Quantities.TryParseAnswer(t, unit, out var one)) found = [one];
        // Correcting "ข้าวสาร 5,000 กิโลกรัม" with a bare "500": the item, and its unit unless another is written, stay.
        if (found is [{ Item: null, IsTarget: false } only] && Previous(state, field) is { } before)
            found = [only with { Item = before.Item, Unit = WrittenUnit(t) ?? before.Unit }];
        if (found.Count == 0)
            return new Rejected(en ? $"Please type a number{(unit is null ? "" : $" (in {Units.English(unit)})")}, e.g. 2,000" : $"ขอเป็นตัวเลขค่ะ เช่น 2,000{(unit is null ? " ชิ้น" : " " + unit)} หรือ กว่า 500");
        foreach (var q in found)
            if ((NotWhole(q.Value, q.Unit ?? unit, en) ?? InRange(field, q.Value, en)) is { } refused) return refused;
        return new Accepted(new JsonArray(found.Select(q => (JsonNode)AnswerValues.QuantityItem(q.Value, q.Unit ?? unit, q.Item, q.Approximate, q.IsTarget)).ToArray()));
    }

    /// <summary>The single counted item a quantity answer held before it was asked again.</summary>
    static (string Item, string? Unit)? Previous(DialogState state, FieldDefinition field) =>
        state.Answers[field.Id] is JsonArray items && items.Where(q => q?["target"]?.GetValue<bool>() != true).ToList() is [JsonObject one]
            && one["item"]?.GetValue<string>() is { } item ? (item, one["unit"]?.GetValue<string>()) : null;

    /// <summary>The unit written with the number, if any ("200 ชิ้น" → ชิ้น).</summary>
    static string? WrittenUnit(string t) => Quantities.TryParseAnswer(t, null, out var q) ? q.Unit : null;

    /// <summary>คน and ราย both count people; ชิ้น does not.</summary>
    static bool SameKind(string written, string own) =>
        written == own || Units.KindOf(written) is { } kind && kind == Units.KindOf(Units.Normalize(own) ?? own);

    /// <summary>The unit of the choice picked in <see cref="FieldDefinition.UnitFrom"/> ("ผลิตหน้ากาก" → ชิ้น).</summary>
    public static string? DefaultUnit(DialogDefinition dialog, FieldDefinition field, DialogState state) =>
        field.UnitFrom is not null && state.Answers[field.UnitFrom] is JsonValue v
            ? dialog.Field(field.UnitFrom)?.ChoiceList.FirstOrDefault(c => c.Id == v.GetValue<string>())?.Unit
            : null;

    static ParseResult ParseChoice(FieldDefinition field, DialogState state, string t, Lang lang)
    {
        var en = lang == Lang.En;
        var visible = Visible(field, state);
        var exact = ChoiceMatcher.Exact(visible, t);
        if (exact.Count == 1) return new Accepted(JsonValue.Create(exact[0].Id));
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= visible.Count)
            return new Accepted(JsonValue.Create(visible[n - 1].Id));
        var best = ChoiceMatcher.Best(visible, t);
        if (best.Count == 1) return new Accepted(JsonValue.Create(best[0].Id));
        var options = (best.Count > 1 ? best : visible).Select(c => new Choice(c.Label.For(lang), c.Label.For(lang))).ToList();
        return new Rejected(best.Count > 1
            ? (en ? "Which one do you mean?" : "หมายถึงข้อไหนคะ")
            : (en ? "Please pick one of the buttons." : "เลือกจากปุ่มด้านล่างได้เลยค่ะ"), options);
    }

    static ParseResult ParseDate(FieldDefinition field, string t, DialogContext ctx, bool en)
    {
        if (!ThaiDates.TryParse(t, ctx.Today, out var date))
            return new Rejected(en ? "Please type a date, e.g. today, yesterday or 27/3/2020." : "ขอเป็นวันที่ค่ะ เช่น วันนี้ เมื่อวาน 27 มี.ค. 63 หรือ 27/3/2563");
        if (date > ctx.Today)
            return new Rejected(en ? "That date is in the future; please give the day it was done." : "วันที่นี้ยังมาไม่ถึงค่ะ กรุณาระบุวันที่ทำกิจกรรมแล้ว");
        var maxDays = (int)(field.Constraints?.Max ?? 365);
        if (date < ctx.Today.AddDays(-maxDays))
            return new Rejected(en ? $"That is more than {maxDays} days ago; please check the date." : $"วันที่นี้เก่ากว่า {maxDays} วันค่ะ กรุณาตรวจสอบอีกครั้ง");
        return new Accepted(JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    /// <summary>The unit a number field is counted in by the dialog's measures ("people_reached" counts คน).</summary>
    public static string? MeasureUnit(DialogDefinition dialog, FieldDefinition field) =>
        dialog.Measures.FirstOrDefault(m => m.From == field.Id)?.Unit;

    static Rejected? NotWhole(decimal value, string? unit, bool en) => Units.Fits(value, unit) ? null
        : new Rejected(en ? $"Please type a whole number of {Units.English(unit!)}, e.g. 120." : $"จำนวน{unit}ต้องเป็นจำนวนเต็มค่ะ เช่น 120");

    static Rejected? InRange(FieldDefinition field, decimal value, bool en)
    {
        var c = field.Constraints;
        if (c?.Min is { } min && value < min)
            return new Rejected(en ? $"The number must be at least {AnswerValues.FormatNumber(min)}." : $"ตัวเลขต้องไม่น้อยกว่า {AnswerValues.FormatNumber(min)} ค่ะ");
        if (c?.Max is { } max && value > max)
            return new Rejected(en ? $"That number is too large (at most {AnswerValues.FormatNumber(max)}); please check it." : $"ตัวเลขมากเกินไปค่ะ (ไม่เกิน {AnswerValues.FormatNumber(max)}) กรุณาตรวจสอบอีกครั้ง");
        return null;
    }

    /// <summary>The choices offered now: those whose condition on earlier answers holds.</summary>
    public static IReadOnlyList<ChoiceDefinition> Visible(FieldDefinition field, DialogState state) =>
        field.ChoiceList.Where(c => Relevance.Holds(c.When, state)).ToList();
}
