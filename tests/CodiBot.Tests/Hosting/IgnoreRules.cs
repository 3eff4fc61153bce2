using System.Text;
using System.Text.RegularExpressions;

namespace CodiBot.Tests.Hosting;

/// <summary>
/// An ignore file as git (.gitignore) or Docker (.dockerignore) reads it: glob lines, "!" takes a path back, the last
/// matching line wins, and a matched directory takes everything in it. Docker anchors every line at the build context's
/// root ("**/bin" for any depth); git lets a line without an inner "/" match at any depth.
/// </summary>
public sealed class IgnoreRules
{
    readonly List<(Regex Pattern, bool TakesBack)> _lines = [];

    public static IgnoreRules Git(string text) => new(text, alwaysAnchored: false);
    public static IgnoreRules Docker(string text) => new(text, alwaysAnchored: true);

    IgnoreRules(string text, bool alwaysAnchored)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var takesBack = line.StartsWith('!');
            if (takesBack) line = line[1..];
            var anchored = alwaysAnchored || line.TrimEnd('/').Contains('/');
            line = line.Trim('/');
            _lines.Add((new Regex("^" + (anchored ? "" : "(?:.*/)?") + Glob(line) + "(?:/.*)?$"), takesBack));
        }
    }

    /// <summary>Whether a path relative to the root, with "/" separators, is left out.</summary>
    public bool Excludes(string path)
    {
        var excluded = false;
        foreach (var (pattern, takesBack) in _lines)
            if (pattern.IsMatch(path)) excluded = !takesBack;
        return excluded;
    }

    static string Glob(string pattern)
    {
        var s = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern.AsSpan(i).StartsWith("**/")) { s.Append("(?:.*/)?"); i += 2; }
            else if (pattern.AsSpan(i).StartsWith("**")) { s.Append(".*"); i++; }
            else s.Append(pattern[i] switch { '*' => "[^/]*", '?' => "[^/]", var c => Regex.Escape(c.ToString()) });
        }
        return s.ToString();
    }
}
