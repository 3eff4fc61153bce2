using System.Text.RegularExpressions;

namespace CodiBot.Queries;

/// <summary>
/// A question being read piece by piece: each reader marks the characters it understood, so no word is read twice
/// and whatever is left at the end is exactly what the bot did not understand.
/// </summary>
internal sealed class TextSpans(string text)
{
    readonly bool[] taken = new bool[text.Length];

    public string Text => text;

    public bool IsFree(int start, int end)
    {
        for (var i = start; i < end; i++)
            if (taken[i]) return false;
        return start < end;
    }

    /// <summary>Marks start..end as read; false (and nothing marked) when part of it was already read.</summary>
    public bool Take(int start, int end)
    {
        if (!IsFree(start, end)) return false;
        for (var i = start; i < end; i++) taken[i] = true;
        return true;
    }

    /// <summary>The first match of <paramref name="pattern"/> lying wholly in unread text, marked as read.</summary>
    public Match? TakeFirst(Regex pattern)
    {
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            if (m.Length > 0 && Take(m.Index, m.Index + m.Length)) return m;
        return null;
    }

    /// <summary>Runs of unread text, trimmed, in order.</summary>
    public IEnumerable<(int Start, int End)> Free()
    {
        for (var i = 0; i < text.Length;)
        {
            if (taken[i] || text[i] == ' ') { i++; continue; }
            var start = i;
            while (i < text.Length && !taken[i]) i++;
            var end = i;
            while (end > start && text[end - 1] == ' ') end--;
            yield return (start, end);
        }
    }
}
