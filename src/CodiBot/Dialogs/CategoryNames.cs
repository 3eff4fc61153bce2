using CodiBot.Conversations;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Loading;

namespace CodiBot.Dialogs;

/// <summary>
/// Names of measure categories as people read them, taken from the dialogs that produce them: "{category}" gives
/// the choice's label ("แจกหน้ากาก"), "{programme}.{indicator}" both labels ("บ้านพอเพียงชนบท · ครัวเรือนอนุมัติ"),
/// a fixed category ("people_reached") its field's label. The forms stay the single source of names.
/// </summary>
public sealed class CategoryNames
{
    readonly Dictionary<string, Localized> _names = [];

    public CategoryNames(DialogCatalog catalog)
    {
        foreach (var dialog in catalog.All)
            foreach (var rule in dialog.Measures)
                foreach (var (category, name) in Expand(dialog, rule))
                    _names.TryAdd(category, name);
    }

    public bool Knows(string category) => _names.ContainsKey(category);

    public IEnumerable<string> All => _names.Keys;

    public string Of(string category, Lang lang) => _names.TryGetValue(category, out var n) ? n.For(lang) : category;

    static IEnumerable<(string Category, Localized Name)> Expand(DialogDefinition dialog, MeasureRule rule)
    {
        var refs = DialogLoader.TemplateRef().Matches(rule.Category).Select(m => m.Groups[1].Value).ToList();
        var from = dialog.Field(rule.From)?.Label;
        // Words outside the references ("budget" in "{programme}.budget") are named by the field the figure comes from.
        var hasOwnWord = DialogLoader.TemplateRef().Replace(rule.Category, "").Any(char.IsLetterOrDigit);
        IEnumerable<(string Category, List<Localized> Parts)> combos = [(rule.Category, [])];
        foreach (var r in refs)
        {
            var choices = dialog.Field(r)?.ChoiceList ?? [];
            combos = combos.SelectMany(c => choices.Select(ch => (c.Category.Replace("{" + r + "}", ch.Id), c.Parts.Append(ch.Label).ToList())));
        }
        foreach (var (category, parts) in combos)
        {
            if (hasOwnWord && from is not null) parts.Add(from);
            if (parts.Count == 0) continue;
            yield return (category, new Localized(Join(parts, Lang.Th), Join(parts, Lang.En)));
        }
    }

    static string Join(List<Localized> parts, Lang lang) => string.Join(" · ", parts.Select(p => p.For(lang)));
}
