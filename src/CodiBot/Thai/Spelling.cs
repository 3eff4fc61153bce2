using System.Text;

namespace CodiBot.Thai;

/// <summary>How far apart two spellings are, forgiving the slips Thai typists make: tone marks and ์ dropped or
/// added, and letters that sound alike (ศ ษ ส, ณ น, ธ ท, ภ พ, ฎ ด, ฏ ต, ใ ไ).</summary>
internal static class Spelling
{
    static readonly Dictionary<char, char> SoundAlike = new()
    {
        ['ศ'] = 'ส', ['ษ'] = 'ส', ['ณ'] = 'น', ['ฑ'] = 'ท', ['ฒ'] = 'ท', ['ธ'] = 'ท', ['ภ'] = 'พ', ['ฎ'] = 'ด', ['ฏ'] = 'ต',
        ['ญ'] = 'ย', ['ฬ'] = 'ล', ['ฆ'] = 'ค', ['ฐ'] = 'ถ', ['ฌ'] = 'ช', ['ใ'] = 'ไ',
    };

    /// <summary>The letters that carry the name: no tone marks, ็, ์ or ฯ, sound-alike letters merged; Latin lowercased
    /// without spaces or hyphens.</summary>
    public static string Skeleton(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (ThaiChars.IsToneMark(c) || c is '\u0E47' or '\u0E4C' or 'ฯ' or ' ' or '-' or '.') continue;
            sb.Append(SoundAlike.TryGetValue(c, out var same) ? same : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    /// <summary>Edits allowed for a name of this many letters: none for 3 or fewer (ตาก, เลย), one up to 7, two beyond.</summary>
    public static int Allowed(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;
}
