using CodiBot.Dialogs.Definitions;

namespace CodiBot.Dialogs.Engine;

/// <summary>
/// Finds the choices a text names: its label or id exactly, else its match words ("ผลิต+หน้ากาก" needs both parts).
/// The more specific the match (longer words), the better, so "ผลิตหน้ากาก" beats plain "หน้ากาก".
/// </summary>
public static class ChoiceMatcher
{
    public static IReadOnlyList<ChoiceDefinition> Exact(IEnumerable<ChoiceDefinition> choices, string normalized)
    {
        var t = Compact(normalized);
        return choices.Where(c => Compact(c.Id) == t || Compact(c.Label.Th) == t || (c.Label.En is { } en && Compact(en) == t)).ToList();
    }

    /// <summary>The best-scoring choices by match words (several when tied), or none.</summary>
    public static IReadOnlyList<ChoiceDefinition> Best(IEnumerable<ChoiceDefinition> choices, string normalized)
    {
        var scored = choices.Select(c => (Choice: c, Score: Score(c, normalized))).Where(x => x.Score > 0).ToList();
        if (scored.Count == 0) return [];
        var top = scored.Max(x => x.Score);
        return scored.Where(x => x.Score == top).Select(x => x.Choice).ToList();
    }

    /// <summary>Every choice the text names (multi-choice answers such as "อสม. กับ อบต.").</summary>
    public static IReadOnlyList<ChoiceDefinition> All(IEnumerable<ChoiceDefinition> choices, string normalized) =>
        choices.Where(c => Score(c, normalized) > 0 || Compact(c.Label.Th).Length > 1 && Compact(normalized).Contains(Compact(c.Label.Th))).ToList();

    public static int Score(ChoiceDefinition c, string normalized)
    {
        var text = normalized.ToLowerInvariant();
        var best = 0;
        foreach (var m in c.MatchList)
        {
            var parts = m.ToLowerInvariant().Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.All(p => Contains(text, p))) best = Math.Max(best, parts.Sum(p => p.Length));
        }
        return best;
    }

    /// <summary>Every word of a choice's match entries ("ผลิต+หน้ากาก" gives ผลิต and หน้ากาก).</summary>
    public static IEnumerable<string> Parts(ChoiceDefinition c) =>
        c.MatchList.SelectMany(m => m.ToLowerInvariant().Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Latin words must stand alone ("mask" is not inside "damask"); Thai has no spaces, so Thai parts match anywhere.</summary>
    static bool Contains(string text, string part)
    {
        if (!char.IsAsciiLetter(part[0])) return text.Contains(part, StringComparison.Ordinal);
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsAsciiLetter(text[i - 1]);
            var after = i + part.Length >= text.Length || !char.IsAsciiLetter(text[i + part.Length]) || text[i + part.Length] == 's';
            if (before && after) return true;
        }
        return false;
    }

    /// <summary>Ignores spaces, dots and case, so "อสม" taps and "อ.ส.ม." typing agree.</summary>
    public static string Compact(string s) => new(s.ToLowerInvariant().Where(ch => !char.IsWhiteSpace(ch) && ch != '.').ToArray());

}
