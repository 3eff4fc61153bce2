using System.Text.RegularExpressions;
using CodiBot.Dialogs.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CodiBot.Dialogs.Loading;

/// <summary>
/// Reads dialogs/*.yaml into definitions and checks them: a mistake stops the service at start-up with the
/// file, line and problem, rather than surfacing as a confusing conversation on someone's phone.
/// </summary>
public static partial class DialogLoader
{
    public static readonly string[] Roles = ["anyone", "leader", "staff", "admin"];
    const int MaxChoiceLabel = 20; // LINE quick-reply label limit

    public static IReadOnlyList<DialogDefinition> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Dialogs folder not found: {folder}");
        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order().ToList();
        var dialogs = files.Select(f => Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        var duplicate = dialogs.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DialogFileException(duplicate.Last().File, 1, $"dialog id '{duplicate.Key}' is also used by {duplicate.First().File}");
        return dialogs;
    }

    public static DialogDefinition Parse(string yaml, string file)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlException ex) { throw new DialogFileException(file, (int)ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}"); }
        if (stream.Documents.Count == 0) throw new DialogFileException(file, 1, "the file is empty");

        var r = new YamlReader(file);
        var root = r.Map(stream.Documents[0].RootNode, "the dialog");
        r.OnlyKeys(root, "dialog", "id", "version", "title", "kind", "starts", "roles", "quick_report", "fields", "measures");
        var id = r.Text(root, "id", "dialog", required: true)!;
        if (!IdPattern().IsMatch(id)) throw r.Error(r.Get(root, "id")!, $"dialog id '{id}' may use only a-z, 0-9, '-' and '_'");
        var kindText = r.Text(root, "kind", "dialog") ?? "report";
        var kind = kindText switch
        {
            "report" => DialogKind.Report,
            "registration" => DialogKind.Registration,
            _ => throw r.Error(r.Get(root, "kind")!, $"kind must be 'report' or 'registration', not '{kindText}'"),
        };
        var roles = r.Texts(root, "roles", "dialog");
        foreach (var role in roles.Where(x => !Roles.Contains(x)))
            throw r.Error(r.Get(root, "roles")!, $"unknown role '{role}' (allowed: {string.Join(", ", Roles)})");

        var fields = new List<FieldDefinition>();
        foreach (var node in r.Maps(root, "fields", "dialog", required: true))
            fields.Add(FieldReader.Read(r, node, fields));
        var measures = r.Maps(root, "measures", "dialog").Select(m => ReadMeasure(r, m, fields)).ToList();

        return new DialogDefinition(
            id,
            r.Int(root, "version", "dialog") ?? throw r.Error(root, "dialog: 'version' is required"),
            r.Localized(root, "title", "dialog", required: true)!,
            kind,
            r.Texts(root, "starts", "dialog"),
            roles.Count > 0 ? roles : ["leader", "staff", "admin"],
            r.Bool(root, "quick_report", "dialog", false),
            fields,
            measures,
            file);
    }

    static MeasureRule ReadMeasure(YamlReader r, YamlMappingNode m, List<FieldDefinition> fields)
    {
        const string what = "measure";
        r.OnlyKeys(m, what, "from", "category", "unit", "when");
        var from = r.Text(m, "from", what, required: true)!;
        var source = fields.FirstOrDefault(f => f.Id == from);
        if (source is null || source.Type is not (FieldType.Quantity or FieldType.Number))
            throw r.Error(r.Get(m, "from")!, $"measure: 'from' must name a quantity or number field, not '{from}'");
        var category = r.Text(m, "category", what, required: true)!;
        // "{Category}" or a stray brace would otherwise be kept as literal text: every report would count under it.
        if (TemplateRef().Replace(category, "").IndexOfAny(['{', '}']) >= 0)
            throw r.Error(r.Get(m, "category")!, $"measure: category '{category}' may refer to fields only as {{field_id}} (a-z, 0-9, '_')");
        foreach (Match refMatch in TemplateRef().Matches(category))
        {
            var name = refMatch.Groups[1].Value;
            if (fields.FirstOrDefault(f => f.Id == name) is not { Type: FieldType.Choice })
                throw r.Error(r.Get(m, "category")!, $"measure: category refers to '{{{name}}}', which is not a choice field");
        }
        var unit = r.Text(m, "unit", what);
        if (unit is null && source.Type == FieldType.Number)
            throw r.Error(m, $"measure from number field '{from}' needs a 'unit'");
        return new MeasureRule(from, category, unit, FieldReader.ReadCondition(r, m, what, fields));
    }

    internal static void CheckChoiceLabel(YamlReader r, YamlNode node, Localized label)
    {
        foreach (var text in new[] { label.Th, label.En })
            if (text is not null && text.Length > MaxChoiceLabel)
                throw r.Error(node, $"choice label '{text}' is longer than {MaxChoiceLabel} characters (LINE's quick-reply limit)");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")] internal static partial Regex IdPattern();
    [GeneratedRegex(@"\{([a-z0-9_]+)\}")] internal static partial Regex TemplateRef();
}
