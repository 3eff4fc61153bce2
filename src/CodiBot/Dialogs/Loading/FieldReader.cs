using System.Text.RegularExpressions;
using CodiBot.Dialogs.Definitions;
using YamlDotNet.RepresentationModel;

namespace CodiBot.Dialogs.Loading;

/// <summary>Reads and checks one field; references (when, unit_from, suggest_from) must point at earlier fields.</summary>
static class FieldReader
{
    const int MaxAnswerLength = 4000;

    static readonly Dictionary<string, FieldType> Types = new()
    {
        ["text"] = FieldType.Text, ["number"] = FieldType.Number, ["quantity"] = FieldType.Quantity,
        ["choice"] = FieldType.Choice, ["multi_choice"] = FieldType.MultiChoice, ["date"] = FieldType.Date,
        ["province"] = FieldType.Province, ["region"] = FieldType.Region, ["organisation"] = FieldType.Organisation,
        ["photos"] = FieldType.Photos, ["location"] = FieldType.Location, ["confirm"] = FieldType.Confirm, ["area"] = FieldType.Area,
    };

    public static FieldDefinition Read(YamlReader r, YamlMappingNode node, IReadOnlyList<FieldDefinition> earlier)
    {
        r.OnlyKeys(node, "field", "id", "type", "label", "prompt", "help", "required", "default", "min", "max",
            "min_length", "max_length", "pattern", "pattern_hint", "when", "choices", "unit_from", "suggest_from",
            "multiple", "must_accept", "refusal", "infer_from");
        var id = r.Text(node, "id", "field", required: true)!;
        var what = $"field '{id}'";
        if (!Regex.IsMatch(id, "^[a-z][a-z0-9_]*$")) throw r.Error(node, $"{what}: ids use a-z, 0-9 and '_'");
        if (earlier.Any(f => f.Id == id)) throw r.Error(node, $"{what}: the id is used twice");
        var typeText = r.Text(node, "type", what, required: true)!;
        if (!Types.TryGetValue(typeText, out var type))
            throw r.Error(r.Get(node, "type")!, $"{what}: unknown type '{typeText}' (allowed: {string.Join(", ", Types.Keys)})");

        var choices = ReadChoices(r, node, what, type, earlier);
        var constraints = ReadConstraints(r, node, what, type);
        var when = ReadCondition(r, node, what, earlier);
        var unitFrom = Reference(r, node, "unit_from", what, earlier, FieldType.Choice);
        var suggestFrom = Reference(r, node, "suggest_from", what, earlier, FieldType.Province, FieldType.Area);
        var inferFrom = Reference(r, node, "infer_from", what, earlier, FieldType.Text);
        if (inferFrom is not null && type is not (FieldType.Choice or FieldType.Area))
            throw r.Error(r.Get(node, "infer_from")!, $"{what}: 'infer_from' applies to choice and area fields only");
        var multiple = r.Bool(node, "multiple", what, false);
        if (multiple && type != FieldType.Quantity) throw r.Error(node, $"{what}: 'multiple' applies to quantity fields only");
        var mustAccept = r.Bool(node, "must_accept", what, false);
        if (mustAccept && type != FieldType.Confirm) throw r.Error(node, $"{what}: 'must_accept' applies to confirm fields only");
        var defaultValue = r.Text(node, "default", what);
        if (defaultValue is not null && type == FieldType.Date && defaultValue is not ("today" or "yesterday"))
            throw r.Error(r.Get(node, "default")!, $"{what}: a date default is 'today' or 'yesterday'");
        if (defaultValue is not null && type == FieldType.Choice && choices!.All(c => c.Id != defaultValue))
            throw r.Error(r.Get(node, "default")!, $"{what}: default '{defaultValue}' is not one of its choices");

        return new FieldDefinition(id, type,
            r.Localized(node, "label", what, required: true)!,
            r.Localized(node, "prompt", what, required: true)!,
            r.Localized(node, "help", what),
            r.Bool(node, "required", what, true),
            defaultValue, constraints, when, choices, unitFrom, suggestFrom, multiple, mustAccept,
            r.Localized(node, "refusal", what), inferFrom);
    }

    static List<ChoiceDefinition>? ReadChoices(YamlReader r, YamlMappingNode node, string what, FieldType type, IReadOnlyList<FieldDefinition> earlier)
    {
        var hasChoices = type is FieldType.Choice or FieldType.MultiChoice;
        if (!hasChoices)
            return r.Get(node, "choices") is { } extra ? throw r.Error(extra, $"{what}: only choice and multi_choice fields have choices") : null;
        var list = new List<ChoiceDefinition>();
        foreach (var c in r.Maps(node, "choices", what, required: true))
        {
            r.OnlyKeys(c, $"{what}: choice", "id", "label", "unit", "match", "when");
            var cid = r.Text(c, "id", $"{what}: choice", required: true)!;
            // Choice ids are stored in answers and fill measure categories ("{programme}.{indicator}"): same rule as field ids.
            if (!Regex.IsMatch(cid, "^[a-z][a-z0-9_]*$")) throw r.Error(r.Get(c, "id")!, $"{what}: choice id '{cid}' may use only a-z, 0-9 and '_' (starting with a letter)");
            if (list.Any(x => x.Id == cid)) throw r.Error(c, $"{what}: choice id '{cid}' is used twice");
            var label = r.Localized(c, "label", $"{what}: choice '{cid}'", required: true)!;
            DialogLoader.CheckChoiceLabel(r, c, label);
            list.Add(new ChoiceDefinition(cid, label, r.Text(c, "unit", $"{what}: choice '{cid}'"),
                r.Texts(c, "match", $"{what}: choice '{cid}'"), ReadCondition(r, c, $"{what}: choice '{cid}'", earlier)));
        }
        return list;
    }

    static Constraints? ReadConstraints(YamlReader r, YamlMappingNode node, string what, FieldType type)
    {
        var min = r.Number(node, "min", what);
        var max = r.Number(node, "max", what);
        if (min > max) throw r.Error(node, $"{what}: min is larger than max");
        var minLength = r.Int(node, "min_length", what);
        var maxLength = r.Int(node, "max_length", what);
        if (minLength > maxLength) throw r.Error(node, $"{what}: min_length is larger than max_length");
        if ((minLength ?? maxLength) is not null && type is not (FieldType.Text or FieldType.Location))
            throw r.Error(node, $"{what}: 'min_length' and 'max_length' apply to text and location fields only");
        // An answer is shown back in the summary and in "ตอนนี้: …": it must leave room in one LINE message (5,000).
        if (maxLength is < 1 or > MaxAnswerLength) throw r.Error(r.Get(node, "max_length")!, $"{what}: max_length is 1 to {MaxAnswerLength}");
        var pattern = r.Text(node, "pattern", what);
        if (pattern is not null)
        {
            if (type != FieldType.Text) throw r.Error(r.Get(node, "pattern")!, $"{what}: 'pattern' applies to text fields only");
            try { _ = new Regex(pattern); }
            catch (ArgumentException ex) { throw r.Error(r.Get(node, "pattern")!, $"{what}: pattern is not a valid regular expression: {ex.Message}"); }
        }
        var c = new Constraints(min, max, minLength, maxLength, pattern, r.Localized(node, "pattern_hint", what));
        return c == new Constraints() ? null : c;
    }

    internal static Condition? ReadCondition(YamlReader r, YamlMappingNode node, string what, IReadOnlyList<FieldDefinition> earlier)
    {
        if (r.Get(node, "when") is not { } raw) return null;
        var m = r.Map(raw, $"{what}: 'when'");
        r.OnlyKeys(m, $"{what}: 'when'", "field", "in", "not_in", "answered");
        var field = r.Text(m, "field", $"{what}: 'when'", required: true)!;
        var target = earlier.FirstOrDefault(f => f.Id == field)
            ?? throw r.Error(m, $"{what}: 'when' refers to '{field}', which is not an earlier field");
        var condition = new Condition(field, NullIfEmpty(r.Texts(m, "in", what)), NullIfEmpty(r.Texts(m, "not_in", what)),
            r.Get(m, "answered") is null ? null : r.Bool(m, "answered", what, true));
        foreach (var v in (condition.In ?? []).Concat(condition.NotIn ?? []))
            if (target.ChoiceList.Count > 0 && target.ChoiceList.All(c => c.Id != v))
                throw r.Error(m, $"{what}: 'when' names '{v}', which is not a choice of '{field}'");
        if (condition.In is null && condition.NotIn is null && condition.Answered is null)
            throw r.Error(m, $"{what}: 'when' needs 'in', 'not_in' or 'answered'");
        return condition;
    }

    static string? Reference(YamlReader r, YamlMappingNode node, string key, string what, IReadOnlyList<FieldDefinition> earlier, params FieldType[] types)
    {
        var name = r.Text(node, key, what);
        if (name is not null && !types.Contains(earlier.FirstOrDefault(f => f.Id == name)?.Type ?? (FieldType)(-1)))
            throw r.Error(r.Get(node, key)!, $"{what}: '{key}' must name an earlier {string.Join(" or ", types.Select(t => t.ToString().ToLowerInvariant()))} field, not '{name}'");
        return name;
    }

    static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> list) => list.Count == 0 ? null : list;
}
