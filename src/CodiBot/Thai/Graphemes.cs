using System.Globalization;

namespace CodiBot.Thai;

/// <summary>
/// Shortens text only between what a reader sees as one character (a grapheme cluster): an emoji with its skin
/// tone or zero-width joiners, a flag, a Thai consonant with its vowel and tone marks. Lengths are UTF-16 units,
/// the unit LINE's limits are checked in, so a cut never leaves half an emoji ("�") or a mark without its letter.
/// </summary>
public static class Graphemes
{
    public const string Ellipsis = "…";

    /// <summary>The text when it fits in <paramref name="max"/> units; otherwise its longest beginning of whole
    /// clusters that fits together with "…".</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max) return text;
        return text[..FitAt(text, max - Ellipsis.Length)].TrimEnd() + Ellipsis;
    }

    /// <summary>The largest cut at or before <paramref name="max"/> that falls between clusters; 0 when the first
    /// cluster alone is longer.</summary>
    public static int FitAt(string text, int max)
    {
        if (max >= text.Length) return text.Length;
        var fit = 0;
        while (fit < text.Length)
        {
            var next = fit + StringInfo.GetNextTextElementLength(text.AsSpan(fit));
            if (next > max) break;
            fit = next;
        }
        return fit;
    }
}
