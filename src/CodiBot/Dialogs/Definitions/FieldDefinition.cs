namespace CodiBot.Dialogs.Definitions;

public enum FieldType { Text, Number, Quantity, Choice, MultiChoice, Date, Province, Region, Organisation, Photos, Location, Confirm, Area }

/// <summary>One question of a dialog, with everything needed to ask it, check the answer and show it.</summary>
public sealed record FieldDefinition(
    string Id,
    FieldType Type,
    Localized Label,
    Localized Prompt,
    Localized? Help = null,
    bool Required = true,
    string? Default = null,
    Constraints? Constraints = null,
    Condition? When = null,
    IReadOnlyList<ChoiceDefinition>? Choices = null,
    string? UnitFrom = null,
    string? SuggestFrom = null,
    bool Multiple = false,
    bool MustAccept = false,
    Localized? Refusal = null,
    string? InferFrom = null)
{
    public IReadOnlyList<ChoiceDefinition> ChoiceList => Choices ?? [];
}

/// <param name="Min">Smallest number or quantity; for photos and multi-choice, the fewest items.</param>
/// <param name="Max">Largest number or quantity; for photos and multi-choice, the most items; for dates, days back allowed.</param>
/// <param name="Hint">Says in words what the pattern expects ("เบอร์โทร 10 หลัก").</param>
public sealed record Constraints(decimal? Min = null, decimal? Max = null, int? MinLength = null, int? MaxLength = null, string? Pattern = null, Localized? Hint = null);

/// <summary>A choice; <see cref="Unit"/> is the default unit of a quantity that follows it; <see cref="Match"/> lists words that pick it from free text ("ผลิต+หน้ากาก": all parts present).</summary>
public sealed record ChoiceDefinition(string Id, Localized Label, string? Unit = null, IReadOnlyList<string>? Match = null, Condition? When = null)
{
    public IReadOnlyList<string> MatchList => Match ?? [];
}

/// <summary>Ask (or offer) only when an earlier answer holds: its choice is in <see cref="In"/>, or it is answered at all.</summary>
public sealed record Condition(string Field, IReadOnlyList<string>? In = null, IReadOnlyList<string>? NotIn = null, bool? Answered = null);
