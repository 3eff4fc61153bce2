using CodiBot.Dialogs;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CodiBot.Digest;

/// <summary>An annual target for one measure category, in one unit.</summary>
public sealed record ProgrammeTarget(string Category, string Unit, decimal Target, Localized? Name);

/// <summary>
/// Annual programme targets per fiscal year (Buddhist Era), from dialogs/targets/programme-targets.yaml.
/// Read at start-up: a target naming a category no form produces stops the service with its file and line.
/// </summary>
public sealed class ProgrammeTargets(IReadOnlyDictionary<int, IReadOnlyList<ProgrammeTarget>> years)
{
    public const string DefaultFile = "targets/programme-targets.yaml";

    public static readonly ProgrammeTargets None = new(new Dictionary<int, IReadOnlyList<ProgrammeTarget>>());

    public IReadOnlyList<ProgrammeTarget> For(int fiscalYear) => years.TryGetValue(fiscalYear, out var t) ? t : [];

    /// <summary>A missing file means no targets; a broken one throws <see cref="DialogFileException"/>.</summary>
    public static ProgrammeTargets Load(string path, CategoryNames names) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), Path.GetFileName(path), names) : None;

    public static ProgrammeTargets Parse(string yaml, string file, CategoryNames names)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlException ex) { throw new DialogFileException(file, (int)ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}"); }
        if (stream.Documents.Count == 0) return None;

        var r = new YamlReader(file);
        var root = r.Map(stream.Documents[0].RootNode, "the targets file");
        r.OnlyKeys(root, "targets file", "fiscal_years");
        var years = new Dictionary<int, IReadOnlyList<ProgrammeTarget>>();
        foreach (var y in r.Maps(root, "fiscal_years", "targets file", required: true))
        {
            r.OnlyKeys(y, "fiscal year", "year", "targets");
            var year = r.Int(y, "year", "fiscal year") ?? throw r.Error(y, "fiscal year: 'year' is required");
            if (year is < 2500 or > 2700) throw r.Error(r.Get(y, "year")!, $"fiscal year: 'year' is a Buddhist-Era year such as 2563, not {year}");
            if (years.ContainsKey(year)) throw r.Error(y, $"fiscal year {year} is listed twice");
            var targets = new List<ProgrammeTarget>();
            foreach (var t in r.Maps(y, "targets", $"fiscal year {year}", required: true))
            {
                r.OnlyKeys(t, "target", "category", "unit", "target", "name");
                var category = r.Text(t, "category", "target", required: true)!;
                if (!names.Knows(category))
                    throw r.Error(r.Get(t, "category")!, $"target: no form produces the category '{category}' (use \"{{programme}}.{{indicator}}\" ids from project-update.yaml)");
                var amount = r.Number(t, "target", "target") ?? throw r.Error(t, "target: 'target' is required");
                if (amount <= 0) throw r.Error(r.Get(t, "target")!, "target: 'target' must be more than 0");
                targets.Add(new(category, r.Text(t, "unit", "target", required: true)!, amount, r.Localized(t, "name", "target")));
            }
            years[year] = targets;
        }
        return new ProgrammeTargets(years);
    }
}
