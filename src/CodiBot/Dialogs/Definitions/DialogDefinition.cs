using CodiBot.Conversations;

namespace CodiBot.Dialogs.Definitions;

/// <summary>Text in Thai, and in English when the definition gives it (Thai otherwise).</summary>
public sealed record Localized(string Th, string? En = null)
{
    public string For(Lang lang) => lang == Lang.En && !string.IsNullOrEmpty(En) ? En : Th;
}

/// <summary>What confirming the dialog does: store a report, or store the person and their organisation.</summary>
public enum DialogKind { Report, Registration }

/// <summary>One report form from dialogs/*.yaml. The engine interprets it; a new form needs no code.</summary>
public sealed record DialogDefinition(
    string Id,
    int Version,
    Localized Title,
    DialogKind Kind,
    IReadOnlyList<string> Starts,
    IReadOnlyList<string> Roles,
    bool QuickReport,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<MeasureRule> Measures,
    string File)
{
    public FieldDefinition? Field(string id) => Fields.FirstOrDefault(f => f.Id == id);
    public int IndexOf(string id) => Fields.ToList().FindIndex(f => f.Id == id);
}

/// <summary>
/// How an answer becomes a countable measure: each quantity in field <see cref="From"/> counts under
/// <see cref="Category"/>, a template such as "{category}" or "{programme}.{indicator}" filled from choice ids.
/// </summary>
/// <param name="When">Count only when this answer holds (e.g. a figure for this period, not a cumulative one).</param>
public sealed record MeasureRule(string From, string Category, string? Unit, Condition? When = null);
