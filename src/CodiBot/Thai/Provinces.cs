namespace CodiBot.Thai;

/// <summary>Finds provinces in answers and in free text, forgiving typos but not substrings of other words.</summary>
public static class Provinces
{
    public static IReadOnlyList<Province> All { get; } = ProvinceTable.All;

    static readonly Dictionary<string, Province> ByThai = ProvinceTable.All.ToDictionary(p => p.Thai);

    // Every written form (Thai name, alias, English) with its province; Latin forms are lowercase.
    static readonly (string Form, Province Province)[] Forms = BuildForms();

    // Also ordinary Thai words or parts of them: only whole tokens or after จังหวัด/จ. count.
    static readonly HashSet<string> Traps = ["แพร่", "เลย", "ตาก", "น่าน", "กระบี่", "ปากน้ำ", "สกล", "ตรัง", "อุบล", "อุดร", "สุพรรณ", "ประจวบ", "สุราษ"];

    // Glued words that may come right before or after a province name without hiding it.
    static readonly string[] GlueBefore = ["จังหวัด", "จ.", "จว.", "เมือง", "นคร", "และ", "กับ", "จาก", "ใน", "ที่", "ไป", "ถึง", "ชาว"];
    static readonly string[] GlueAfter = ["และ", "กับ", "ครับ", "ค่ะ", "คะ", "นะ", "ด้วย"];

    static readonly string[] Prefixes = ["จังหวัด", "จ.", "จว.", "จ ", "province of", "changwat"];

    /// <summary>The one province an answer names: official or short name, with or without จังหวัด/จ., English, or
    /// a spelling one or two slips away. Null when nothing is close enough or two provinces are equally close, and
    /// for Latin words not written as a name is ("NaN" is not-a-number; "Nan", "nan" and "NAN" are the province).</summary>
    public static Province? Find(string? text)
    {
        var s = Clean(text);
        if (s.Length == 0 || !WrittenAsNames(s)) return null;
        var key = Spelling.Skeleton(s);
        var exact = Forms.Where(f => f.Form == s.ToLowerInvariant() || f.Form.Replace(" ", "") == s.Replace(" ", "").ToLowerInvariant())
            .Select(f => f.Province).Distinct().ToList();
        if (exact.Count == 1) return exact[0];

        // A unique beginning: "พัทล", "นครรา", "Phatth".
        if (s.Length >= 4)
        {
            var starts = Forms.Where(f => f.Form.StartsWith(s.ToLowerInvariant(), StringComparison.Ordinal)).Select(f => f.Province).Distinct().ToList();
            if (starts.Count == 1) return starts[0];
        }

        var ranked = Ranked(key);
        if (ranked.Count > 0)
        {
            var (best, distance) = ranked[0];
            var tie = ranked.Count > 1 && ranked[1].Distance == distance;
            if (!tie && distance <= Spelling.Allowed(key.Length)) return best;
        }
        var inside = FindIn(s);
        return inside.Count == 1 ? inside[0] : null;
    }

    /// <summary>The closest names for a "did you mean" prompt, nearest first.</summary>
    public static IReadOnlyList<Province> Suggest(string? text, int max = 3)
    {
        var s = Clean(text);
        if (s.Length == 0 || max <= 0) return [];
        var lower = s.ToLowerInvariant();
        // Names that begin with what was typed come first ("นคร" → นครนายก, นครปฐม…), then near spellings.
        var starting = Forms.Where(f => f.Form.StartsWith(lower, StringComparison.Ordinal)).Select(f => f.Province)
            .Distinct().OrderBy(p => p.Thai, StringComparer.Ordinal);
        var key = Spelling.Skeleton(s);
        var near = Ranked(key).Where(r => r.Distance <= Math.Max(1, key.Length / 3)).Select(r => r.Province);
        return starting.Concat(near).Distinct().Take(max).ToList();
    }

    /// <summary>Provinces named in free text, in order of first mention. A name counts after จังหวัด/จ., as a whole
    /// token, or next to a small linking word ("สงขลาและพัทลุง"); never inside another word ("แพร่ระบาด", "เผยแพร่").
    /// เลย, ตาก, แพร่ and น่าน, which are also everyday words, need จังหวัด/จ. or spaces on both sides.</summary>
    public static IReadOnlyList<Province> FindIn(string? text) =>
        Mentions(ThaiText.Normalize(text)).Select(m => m.Province).Distinct().ToList();

    /// <summary>Spans of province names in normalized text, so number words inside them ("ร้อยเอ็ด") are not read as numbers.</summary>
    internal static IReadOnlyList<(int Start, int End)> Spans(string normalized) =>
        Mentions(normalized).Select(m => (m.Start, m.End)).ToList();

    static List<(Province Province, int Start, int End)> Mentions(string s)
    {
        var found = new List<(Province Province, int Start, int End)>();
        if (s.Length == 0) return found;
        var taken = new bool[s.Length];
        // Region names such as "กทม./ตะวันออก" and "ภาคกรุงเทพฯ" are not the province.
        foreach (var (_, start, end) in Regions.Mentions(s))
            for (var i = start; i < end; i++) taken[i] = true;
        foreach (var (form, province) in Forms.OrderByDescending(f => f.Form.Length))
        {
            var latin = ThaiChars.IsLatinLetter(form[0]);
            var comparison = latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var i = s.IndexOf(form, comparison); i >= 0; i = i + 1 < s.Length ? s.IndexOf(form, i + 1, comparison) : -1)
            {
                var end = i + form.Length;
                if (!Stands(s, i, end, form, latin) || Enumerable.Range(i, form.Length).Any(p => taken[p])) continue;
                for (var p = i; p < end; p++) taken[p] = true;
                found.Add((province, i, end));
            }
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    static bool Stands(string s, int start, int end, string form, bool latin)
    {
        if (latin) return ThaiChars.IsEdge(s, start - 1) && ThaiChars.IsEdge(s, end);
        var p = start > 0 && s[start - 1] == ' ' ? start - 1 : start;
        if (Qualifiers.EndsWith(s, p, "จังหวัด") || Qualifiers.EndsWith(s, p, "จ.") || Qualifiers.EndsWith(s, p, "จว.")) return true;
        var leftEdge = ThaiChars.IsEdge(s, start - 1);
        var rightEdge = ThaiChars.IsEdge(s, end) || form.EndsWith('.');
        // "อำเภอเมืองเลย" is the capital district of เลย, whatever the word means elsewhere.
        if (Traps.Contains(form)) return (leftEdge || Qualifiers.EndsWith(s, start, "เมือง")) && rightEdge;
        var left = leftEdge || GlueBefore.Any(g => Qualifiers.EndsWith(s, start, g));
        var right = rightEdge || GlueAfter.Any(g => string.CompareOrdinal(s, end, g, 0, g.Length) == 0);
        return left && right;
    }

    /// <summary>Provinces by distance of their closest written form to <paramref name="key"/> (a skeleton).</summary>
    static List<(Province Province, int Distance)> Ranked(string key) =>
        Forms.Select(f => (f.Province, Distance: Spelling.Distance(key, Spelling.Skeleton(f.Form))))
            .GroupBy(x => x.Province).Select(g => (Province: g.Key, Distance: g.Min(x => x.Distance)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Province.Thai, StringComparer.Ordinal).ToList();

    /// <summary>Every Latin word in lower case, upper case or with one capital first.</summary>
    static bool WrittenAsNames(string s)
    {
        for (var i = 0; i < s.Length;)
        {
            if (!ThaiChars.IsLatinLetter(s[i])) { i++; continue; }
            var end = i;
            while (end < s.Length && ThaiChars.IsLatinLetter(s[end])) end++;
            var rest = s.AsSpan(i + 1, end - i - 1);
            var restLower = !rest.ContainsAnyInRange('A', 'Z');
            var restUpper = !rest.ContainsAnyInRange('a', 'z');
            if (!(restLower || restUpper && char.IsAsciiLetterUpper(s[i]))) return false;
            i = end;
        }
        return true;
    }

    static string Clean(string? text)
    {
        var s = ThaiText.WithoutParticles(ThaiText.Normalize(text)).Trim(' ', ',', '!', '?', '(', ')', '"');
        foreach (var prefix in Prefixes)
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && s.Length > prefix.Length) { s = s[prefix.Length..].Trim(); break; }
        if (s.EndsWith(" province", StringComparison.OrdinalIgnoreCase)) s = s[..^" province".Length];
        return s.TrimEnd('.').Trim();
    }

    static (string, Province)[] BuildForms()
    {
        var forms = new List<(string, Province)>();
        foreach (var p in ProvinceTable.All)
        {
            forms.Add((p.Thai, p));
            forms.Add((p.English.ToLowerInvariant(), p));
        }
        foreach (var (alias, thai) in ProvinceTable.Aliases) forms.Add((alias, ByThai[thai]));
        return forms.Distinct().ToArray();
    }
}
