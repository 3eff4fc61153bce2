using System.Globalization;
using System.Text.Json.Nodes;
using CodiBot.Dialogs.Definitions;
using CodiBot.Thai;

namespace CodiBot.Dialogs.Engine;

/// <summary>What a free-text report said, as answers to a dialog's fields.</summary>
/// <param name="CountsSomething">A quantity was found: the text is clearly a report, not chat.</param>
public sealed record QuickReading(JsonObject Answers, string CategoryId, bool CountsSomething);

/// <summary>
/// Reads one free-text message ("แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง") against a dialog:
/// the activity (from the category field's match words), the quantities with units, the date, people reached
/// and partners. Each quantity counts under the category its own item names ("เจล 20 ลิตร" in a food report).
/// </summary>
public static class QuickReportReader
{
    public static QuickReading? Read(DialogDefinition dialog, string text, DateOnly today)
    {
        var state = new DialogState { DialogId = dialog.Id };
        FillFromText(dialog, state, text, today, null, onlyUnsettled: false);
        var category = CategoryField(dialog);
        if (category is null || state.Answers[category.Id] is not JsonValue id) return null;
        return new QuickReading(state.Answers, id.GetValue<string>(), state.Answers.Any(a => dialog.Field(a.Key)?.Type == FieldType.Quantity));
    }

    /// <summary>The choice field that gives quantities their unit: the activity category.</summary>
    public static FieldDefinition? CategoryField(DialogDefinition dialog) =>
        dialog.Fields.FirstOrDefault(f => f.Type == FieldType.Quantity && f.UnitFrom is not null) is { } q ? dialog.Field(q.UnitFrom!) : null;

    public static void FillFromText(DialogDefinition dialog, DialogState state, string raw, DateOnly today, string? messageId, bool onlyUnsettled)
    {
        var text = ThaiText.Normalize(raw);
        var lower = text.ToLowerInvariant();
        bool Open(FieldDefinition f) => !onlyUnsettled || !state.IsSettled(f.Id);
        void Set(FieldDefinition f, JsonNode value) { if (Open(f)) state.Set(f.Id, value, messageId); }

        var categoryField = CategoryField(dialog);
        var quantities = Quantities.Extract(text);
        if (categoryField is not null && Open(categoryField))
        {
            var best = BestCategory(FieldParser.Visible(categoryField, state), lower, quantities.FirstOrDefault(q => !q.IsTarget)?.Unit);
            // A tie ("หน้ากาก" and "เจล" equally) is settled by the first counted item.
            var pick = best.Count == 1 ? best[0]
                : quantities.Select(q => ItemCategory(categoryField, state, q.Item)).FirstOrDefault(c => c is not null && best.Contains(c)) ?? best.FirstOrDefault();
            if (pick is null) return;
            Set(categoryField, JsonValue.Create(pick.Id));
        }
        foreach (var field in dialog.Fields.Where(f => Relevance.IsRelevant(f, state) && Open(f)))
        {
            switch (field.Type)
            {
                case FieldType.Quantity:
                    var unit = FieldParser.DefaultUnit(dialog, field, state);
                    var counted = quantities.Where(q => !IsPeople(dialog, q, unit) && Units.Fits(q.Value, q.Unit ?? unit)).ToList();
                    if (counted.Count(q => !q.IsTarget) == 0) break;
                    Set(field, new JsonArray(counted.Select(q => (JsonNode)AnswerValues.QuantityItem(q.Value, q.Unit ?? unit, q.Item, q.Approximate, q.IsTarget)).ToArray()));
                    break;
                case FieldType.Number when FieldParser.MeasureUnit(dialog, field) is { } people:
                    var reached = quantities.FirstOrDefault(q => q.Unit == people && !q.IsTarget && Units.Fits(q.Value, q.Unit));
                    if (reached is not null && FieldParser.DefaultUnit(dialog, dialog.Fields.First(f => f.Type == FieldType.Quantity), state) != people)
                        Set(field, AnswerValues.Number(reached.Value, reached.Approximate));
                    break;
                case FieldType.Text when field.Required && field.Id != categoryField?.Id && !state.Answers.Any(a => dialog.Field(a.Key)?.Type == FieldType.Text):
                    if (text.Length >= (field.Constraints?.MinLength ?? 1)) Set(field, JsonValue.Create(Graphemes.Clip(text, FieldParser.MaxLength(field))));
                    break;
                case FieldType.Date when FindDate(text, today) is { } date:
                    Set(field, JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                    break;
                case FieldType.MultiChoice:
                    var partners = ChoiceMatcher.All(FieldParser.Visible(field, state), lower).Where(c => ChoiceMatcher.Score(c, lower) > 0).ToList();
                    if (partners.Count > 0) Set(field, new JsonArray(partners.Select(c => (JsonNode)JsonValue.Create(c.Id)).ToArray()));
                    break;
            }
        }
    }

    /// <summary>
    /// The category the words name; among those named, one whose unit is the unit written wins
    /// ("...ประชาสัมพันธ์ 2,000 บาท" is money given, not a campaign).
    /// </summary>
    static IReadOnlyList<ChoiceDefinition> BestCategory(IReadOnlyList<ChoiceDefinition> choices, string text, string? unit)
    {
        var scored = choices.Select(c => (Choice: c, Score: ChoiceMatcher.Score(c, text))).Where(x => x.Score > 0)
            .Select(x => (x.Choice, Score: x.Score + (unit is not null && x.Choice.Unit == unit ? 100 : 0))).ToList();
        if (scored.Count == 0) return [];
        var top = scored.Max(x => x.Score);
        return scored.Where(x => x.Score == top).Select(x => x.Choice).ToList();
    }

    static ChoiceDefinition? ItemCategory(FieldDefinition categoryField, DialogState state, string? item)
    {
        if (string.IsNullOrWhiteSpace(item)) return null;
        var best = ChoiceMatcher.Best(FieldParser.Visible(categoryField, state), item.ToLowerInvariant());
        return best.Count == 1 ? best[0] : null;
    }

    /// <summary>"... 300 คน" in a mask report is people reached, not masks.</summary>
    static bool IsPeople(DialogDefinition dialog, Quantity q, string? categoryUnit) =>
        q.Unit is not null && q.Unit != categoryUnit && dialog.Fields.Any(f => f.Type == FieldType.Number && FieldParser.MeasureUnit(dialog, f) == q.Unit);

    /// <summary>A date anywhere in the text: "เมื่อวาน", "27 มี.ค. 63", "27/3/2563" (windows of 1–4 words).</summary>
    static DateOnly? FindDate(string text, DateOnly today)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var key in new[] { "เมื่อวานซืน", "เมื่อวาน", "วันนี้" })
            if (text.Contains(key) && ThaiDates.TryParse(key, today, out var relative)) return relative;
        for (var size = 4; size >= 1; size--)
            for (var i = 0; i + size <= words.Length; i++)
            {
                var window = string.Join(' ', words, i, size);
                if (window.Any(char.IsDigit) && ThaiDates.TryParse(window, today, out var d) && d <= today) return d;
            }
        return null;
    }
}
