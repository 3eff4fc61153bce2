using CodiBot.Conversations;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Loading;

namespace CodiBot.Dialogs;

public sealed class DialogOptions
{
    public const string Section = "Dialogs";
    /// <summary>Where the YAML forms are; by default the copy built next to the service.</summary>
    public string? Folder { get; set; }
    /// <summary>An open dialog untouched this long expires; the person is told when they next write.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(24);
    /// <summary>Photos sent outside a report wait this long for the person's next report.</summary>
    public TimeSpan HeldPhotoLifetime { get; set; } = TimeSpan.FromHours(2);
    /// <summary>How long a confirmed report can still be corrected or withdrawn.</summary>
    public TimeSpan CorrectionWindow { get; set; } = TimeSpan.FromDays(7);

    public string ResolveFolder(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Folder)) return Path.GetFullPath(Folder, contentRoot);
        var built = Path.Combine(AppContext.BaseDirectory, "dialogs");
        return Directory.Exists(built) ? built : Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "dialogs"));
    }
}

/// <summary>The loaded report forms, and which one a phrase starts.</summary>
public sealed class DialogCatalog(IReadOnlyList<DialogDefinition> dialogs)
{
    public IReadOnlyList<DialogDefinition> All => dialogs;

    public DialogDefinition? Find(string id) => dialogs.FirstOrDefault(d => d.Id == id);

    /// <summary>The dialog whose start phrase is the whole (normalised) text: "รายงานโควิด" starts one; a sentence mentioning it does not.</summary>
    public DialogDefinition? FindByStart(string normalized) =>
        _byStart.GetValueOrDefault(Engine.ChoiceMatcher.Compact(normalized));

    // Asked on every message: start phrases and ids are compacted once. The first dialog to claim a phrase keeps it.
    readonly Dictionary<string, DialogDefinition> _byStart = dialogs
        .SelectMany(d => d.Starts.Append(d.Id).Select(s => (Key: Engine.ChoiceMatcher.Compact(s), Dialog: d)))
        .DistinctBy(x => x.Key)
        .ToDictionary(x => x.Key, x => x.Dialog);

    /// <summary>The dialogs a free-text report can fill (quick_report: true).</summary>
    public IEnumerable<DialogDefinition> QuickReports => dialogs.Where(d => d.QuickReport);

    /// <summary>A button per report form, sending its first start phrase: "which report?".</summary>
    public IReadOnlyList<Choice> ReportMenu(Lang lang) =>
        dialogs.Where(d => d.Kind == DialogKind.Report).Select(d => new Choice(d.Title.For(lang), d.Starts.FirstOrDefault() ?? d.Id)).ToList();

    public DialogDefinition? Registration => dialogs.FirstOrDefault(d => d.Kind == DialogKind.Registration);

    public static DialogCatalog Load(string folder) => new(DialogLoader.LoadFolder(folder));

    public string TitleOf(string id, Lang lang) => Find(id)?.Title.For(lang) ?? id;
}
