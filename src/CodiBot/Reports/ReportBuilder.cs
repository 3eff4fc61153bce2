using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Engine;
using CodiBot.Dialogs.Loading;

namespace CodiBot.Reports;

/// <summary>Turns a confirmed dialog into a report with its measures and photos, following the dialog's measure rules.</summary>
public static class ReportBuilder
{
    static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L: read off a phone and typed back

    public static string NewCode() => string.Concat(Enumerable.Range(0, 6).Select(_ => CodeAlphabet[Random.Shared.Next(CodeAlphabet.Length)]));

    /// <summary>Only the answers that apply (an edit may have made some irrelevant).</summary>
    public static JsonObject Answers(DialogDefinition dialog, DialogState state)
    {
        var answers = new JsonObject();
        foreach (var f in Summary.Shown(dialog, state))
            if (state.Answers[f.Id] is { } v) answers[f.Id] = v.DeepClone();
        return answers;
    }

    public static void Fill(Report report, DialogDefinition dialog, DialogState state, DateOnly today)
    {
        var answers = Answers(dialog, state);
        var org = dialog.Fields.FirstOrDefault(f => f.Type == FieldType.Organisation) is { } of ? answers[of.Id] : null;
        report.DialogId = dialog.Id;
        report.DialogVersion = dialog.Version;
        report.AnswersJson = answers.ToJsonString(ReadableJson);
        report.OrganisationId = org?["id"]?.GetValue<long>();
        report.OrganisationName = org?["name"]?.GetValue<string>();
        report.Province = org?["province"]?.GetValue<string>() ?? FirstOf(dialog, answers, FieldType.Province);
        report.Region = org?["region"]?.GetValue<string>() ?? FirstOf(dialog, answers, FieldType.Region);
        report.Date = FirstOf(dialog, answers, FieldType.Date) ?? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        report.SourceEventIdsJson = JsonSerializer.Serialize(state.SourceEventIds);
        report.Measures = Measures(dialog, answers, report).ToList();
        report.Photos = (dialog.Fields.Where(f => f.Type == FieldType.Photos).SelectMany(f => answers[f.Id] as JsonArray ?? []).ToList())
            .Select((p, i) => new ReportPhoto
            {
                N = i + 1, Key = p!["key"]!.GetValue<string>(), ContentType = p["type"]!.GetValue<string>(), Size = p["size"]!.GetValue<long>(),
            }).ToList();
    }

    static string? FirstOf(DialogDefinition dialog, JsonObject answers, FieldType type) =>
        dialog.Fields.Where(f => f.Type == type).Select(f => answers[f.Id]?.GetValue<string>()).FirstOrDefault(v => v is not null);

    static IEnumerable<Measure> Measures(DialogDefinition dialog, JsonObject answers, Report report)
    {
        foreach (var rule in dialog.Measures)
        {
            if (!Relevance.Holds(rule.When, answers)) continue;
            var category = Category(rule.Category, dialog, answers);
            if (category is null) continue;
            var items = answers[rule.From] switch
            {
                JsonArray list => list.OfType<JsonObject>(),
                JsonObject one => [one],
                _ => [],
            };
            var counted = items.Where(q => q["target"]?.GetValue<bool>() != true).ToList();
            // An activity done but not counted ("ตั้งจุดคัดกรองร่วมกับ อสม.") is still a report of its activity.
            if (counted.Count == 0 && IsActivity(rule.Category, dialog))
                yield return new Measure
                {
                    Category = category, Unit = Measure.NotCounted, Quantity = 0,
                    Date = report.Date, Province = report.Province, Region = report.Region, OrganisationId = report.OrganisationId,
                };
            foreach (var q in counted)
                yield return new Measure
                {
                    Category = ItemCategory(rule.Category, dialog, category, q["item"]?.GetValue<string>()) ?? category,
                    Unit = q["unit"]?.GetValue<string>() ?? rule.Unit ?? "หน่วย",
                    Quantity = (double)q["value"]!.GetValue<decimal>(),
                    Approximate = q["approx"]?.GetValue<bool>() == true,
                    Item = q["item"]?.GetValue<string>(),
                    Date = report.Date, Province = report.Province, Region = report.Region, OrganisationId = report.OrganisationId,
                };
        }
    }

    /// <summary>A rule whose category is exactly one choice field ("{category}"): it names what was done, not one figure of it.</summary>
    static bool IsActivity(string template, DialogDefinition dialog) =>
        DialogLoader.TemplateRef().Match(template) is { Success: true } m && m.Value == template && dialog.Field(m.Groups[1].Value)?.Type == FieldType.Choice;

    /// <summary>Fills "{programme}.{indicator}" from choice ids; null when a referenced answer is missing.</summary>
    static string? Category(string template, DialogDefinition dialog, JsonObject answers)
    {
        var missing = false;
        var result = DialogLoader.TemplateRef().Replace(template, m =>
        {
            var v = answers[m.Groups[1].Value]?.GetValue<string>();
            missing |= v is null;
            return v ?? "";
        });
        return missing ? null : result;
    }

    /// <summary>
    /// With a plain "{category}" rule, an item naming another category ("เจล 20 ลิตร" in a food report) counts there;
    /// an item the report's own category also speaks of ("หน้ากากผ้า" in mask making) stays with the report.
    /// </summary>
    static string? ItemCategory(string template, DialogDefinition dialog, string reportCategory, string? item)
    {
        var m = DialogLoader.TemplateRef().Match(template);
        if (item is null || !m.Success || m.Value != template || dialog.Field(m.Groups[1].Value) is not { } field) return null;
        var text = item.ToLowerInvariant();
        var best = ChoiceMatcher.Best(field.ChoiceList, text);
        if (best.Count != 1 || best[0].Id == reportCategory) return null;
        var own = field.ChoiceList.FirstOrDefault(c => c.Id == reportCategory);
        return own is not null && ChoiceMatcher.Parts(own).Any(p => text.Contains(p)) ? null : best[0].Id;
    }

}
