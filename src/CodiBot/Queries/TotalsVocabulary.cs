using System.Text.RegularExpressions;
using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Dialogs.Definitions;
using CodiBot.Dialogs.Engine;
using CodiBot.Dialogs.Loading;
using CodiBot.Thai;

namespace CodiBot.Queries;

/// <summary>
/// The words for what can be counted, taken from the report forms (every measure category a form can store, with
/// its labels and match words) plus the everyday words people ask with ("หน้ากาก" means both mask categories).
/// A form's first choice field names the subject ("บ้านพอเพียง"); later ones narrow it ("อนุมัติ").
/// </summary>
public sealed class TotalsVocabulary
{
    /// <summary>A written form and the category keys it stands for. Lower rank wins between equally long forms.</summary>
    sealed record Term(string Form, IReadOnlyList<string> Keys, int Rank);

    // Everyday words whose meaning differs from a single form choice, or that the forms' match lists leave out.
    static readonly (string[] Forms, string[] Keys)[] Everyday =
    [
        (["หน้ากากอนามัย", "หน้ากากผ้า", "หน้ากาก", "แมสก์", "แมส", "face masks", "cloth masks", "masks", "mask"], ["mask_production", "mask_distribution"]),
        (["เจลแอลกอฮอล์", "เจลล้างมือ", "เจล", "แอลกอฮอล์", "สบู่", "hand gel", "sanitizers", "sanitizer", "sanitiser", "gel", "alcohol", "soap"], ["gel"]),
        (["อาหาร", "food"], ["food_relief"]),
        (["จุดคัดกรอง", "คัดกรอง", "screening points", "screening"], ["screening_point"]),
        (["สถานที่กักตัว", "กักตัว", "quarantine"], ["quarantine_site"]),
        (["เงินบริจาค", "บริจาค", "เงินสมทบ", "สมทบ", "เงิน", "donations", "donation", "money"], ["money"]),
        (["ฆ่าเชื้อ", "พ่นยา", "disinfection"], ["disinfection"]),
        (["อุปกรณ์", "equipment"], ["equipment"]),
        (["รณรงค์", "campaigns", "campaign"], ["campaign"]),
        (["คนที่ได้รับ", "ผู้ได้รับ", "people reached"], ["people_reached"]),
    ];

    // Verbs that say which side of an activity is meant: "หน้ากากที่แจก" is masks handed out, not made.
    static readonly (string[] Forms, string Key)[] EverydayNarrowers =
    [
        (["แจก", "มอบ", "handed out", "given", "distributed"], "mask_distribution"),
        (["ผลิต", "เย็บ", "ทำ", "made", "make", "sewn", "produced"], "mask_production"),
    ];

    // Match words too common to name a category on their own in a question ("บาท" is any amount, "ทุน" is inside "กองทุน").
    static readonly HashSet<string> TooCommon = ["บาท", "ทุน", "ข้าว", "ผัก", "งบประมาณ", "คน", "ราย", "ตำบล", "แผน", "total", "done"];

    readonly TermList terms = new();
    readonly TermList narrowers = new();
    readonly Dictionary<string, Localized> names = [];
    // The choices a free-text quantity's item can move to (ReportBuilder.ItemCategory); an item asked for counts as "category:item".
    readonly List<ChoiceDefinition> itemCategories = [];

    public TotalsVocabulary(DialogCatalog catalog)
    {
        foreach (var dialog in catalog.All.Where(d => d.Kind == DialogKind.Report))
            foreach (var rule in dialog.Measures)
                AddRule(dialog, rule);
        foreach (var (forms, keys) in Everyday)
        {
            var known = keys.Where(names.ContainsKey).ToList();
            if (known.Count > 0) terms.AddRange(forms.Select(f => new Term(f, known, 0)));
        }
        foreach (var (forms, key) in EverydayNarrowers.Where(n => names.ContainsKey(n.Key)))
            narrowers.AddRange(forms.Select(f => new Term(f, [key], 0)));
    }

    /// <summary>Terms by form: two forms' meanings of one word ("บ้านมั่นคง" for its indicators and for its budget) add up;
    /// a better-ranked meaning replaces a worse one.</summary>
    sealed class TermList : IEnumerable<Term>
    {
        readonly Dictionary<string, Term> byForm = [];

        public void Add(Term term)
        {
            if (!byForm.TryGetValue(term.Form, out var had) || had.Rank > term.Rank) byForm[term.Form] = term;
            else if (had.Rank == term.Rank) byForm[term.Form] = had with { Keys = had.Keys.Union(term.Keys).ToList() };
        }

        public void AddRange(IEnumerable<Term> list)
        {
            foreach (var t in list) Add(t);
        }

        public IEnumerator<Term> GetEnumerator() => byForm.Values.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Every category key the forms can store.</summary>
    public IReadOnlyCollection<string> Keys => names.Keys;

    /// <summary>The name people know a category key by: its form label, "programme: indicator", or an item ("ข้าวสาร").</summary>
    public string NameOf(string key, Lang lang)
    {
        if (names.TryGetValue(key, out var name)) return name.For(lang);
        var colon = key.IndexOf(':');
        return colon > 0 ? key[(colon + 1)..] : key;
    }

    void AddRule(DialogDefinition dialog, MeasureRule rule)
    {
        var refs = DialogLoader.TemplateRef().Matches(rule.Category).Select(m => m.Groups[1].Value).ToList();
        var literal = DialogLoader.TemplateRef().Replace(rule.Category, "").Trim('.');
        var measured = dialog.Field(rule.From);
        if (refs.Count == 0)
        {
            if (measured is null) return;
            names[rule.Category] = measured.Label;
            AddLabels(measured.Label, [rule.Category], 2);
            return;
        }
        var fields = refs.Select(dialog.Field).ToList();
        if (fields.Any(f => f is null || f.Type != FieldType.Choice)) return;
        if (refs.Count == 1 && literal.Length == 0) itemCategories.AddRange(fields[0]!.ChoiceList);

        foreach (var subject in fields[0]!.ChoiceList)
        {
            var keys = new List<string>();
            foreach (var combo in Combinations(fields.Skip(1).Select(f => f!).ToList(), [subject]))
            {
                var key = Fill(rule.Category, refs, combo);
                var label = string.Join(": ", combo.Select(c => c.Label.Th));
                var labelEn = string.Join(": ", combo.Select(c => c.Label.For(Lang.En)));
                if (literal.Length > 0 && measured is not null)
                {
                    label += ": " + Plain(measured.Label.Th);
                    labelEn += ": " + Plain(measured.Label.For(Lang.En));
                    narrowers.AddRange(Forms(measured.Label).Concat(["งบ", "เบิกจ่าย", "budget"]).Select(f => new Term(f, [key], 2)));
                }
                foreach (var narrowing in combo.Skip(1))
                    narrowers.AddRange(Forms(narrowing.Label).Concat(MatchWords(narrowing)).Select(f => new Term(f, [key], 2)));
                names[key] = new Localized(label, labelEn);
                keys.Add(key);
            }
            AddLabels(subject.Label, keys, 2);
            terms.Add(new Term(subject.Id.Replace('_', ' '), keys, 2));
            terms.AddRange(MatchWords(subject).Select(w => new Term(w, keys, 3)));
        }
    }

    /// <summary>Choices of the narrowing fields that may follow the subject (a choice's `when` on an earlier field).</summary>
    static IEnumerable<List<ChoiceDefinition>> Combinations(List<FieldDefinition> rest, List<ChoiceDefinition> chosen)
    {
        if (rest.Count == 0) { yield return chosen; yield break; }
        foreach (var c in rest[0].ChoiceList.Where(c => c.When is null || chosen.Any(p => c.When.In?.Contains(p.Id) == true)))
            foreach (var combo in Combinations(rest[1..], [.. chosen, c]))
                yield return combo;
    }

    static string Fill(string template, List<string> refs, List<ChoiceDefinition> combo) =>
        DialogLoader.TemplateRef().Replace(template, m => combo[refs.IndexOf(m.Groups[1].Value)].Id);

    void AddLabels(Localized label, IReadOnlyList<string> keys, int rank) => terms.AddRange(Forms(label).Select(f => new Term(f, keys, rank)));

    static IEnumerable<string> Forms(Localized label) =>
        new[] { Plain(label.Th), label.En is null ? null : Plain(label.En) }.OfType<string>()
            .SelectMany(f => f.Contains('/') ? f.Split('/').Append(f) : [f])
            .Select(f => f.Trim().ToLowerInvariant()).Where(f => f.Length >= 2).Distinct();

    /// <summary>Match words as a question would write them: "ผลิต+หน้ากาก" glued, common words left out.</summary>
    static IEnumerable<string> MatchWords(ChoiceDefinition c) =>
        c.MatchList.Select(m => string.Concat(m.Split('+', StringSplitOptions.TrimEntries)).ToLowerInvariant())
            .Where(w => w.Length >= 3 && !TooCommon.Contains(w));

    static string Plain(string label) => Regex.Replace(label, @"\s*\(.*?\)\s*", "").Trim();

    /// <summary>
    /// Finds what the text asks to count in the free parts of <paramref name="text"/>, longest form first, marking what
    /// it reads. Null when nothing is named (count everything).
    /// </summary>
    internal List<string>? Read(TextSpans text)
    {
        var found = new List<(int Start, int End, Term Term)>();
        foreach (var term in Candidates(text.Text, terms).OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Term.Rank))
            if (text.Take(term.Start, term.End)) found.Add(term);
        if (found.Count == 0) return null;
        var keys = found.OrderBy(f => f.Start).SelectMany(f => f.Term.Keys).Distinct().ToList();
        var narrowing = new List<string>();
        foreach (var term in Candidates(text.Text, narrowers).Where(n => n.Term.Keys.Any(keys.Contains)).OrderByDescending(c => c.End - c.Start))
            if (text.Take(term.Start, term.End)) narrowing.AddRange(term.Term.Keys);
        return narrowing.Count == 0 ? keys : keys.Where(narrowing.Contains).ToList();
    }

    IEnumerable<(int Start, int End, Term Term)> Candidates(string s, IEnumerable<Term> list)
    {
        foreach (var term in list)
            for (var i = s.IndexOf(term.Form, StringComparison.Ordinal); i >= 0; i = s.IndexOf(term.Form, i + 1, StringComparison.Ordinal))
                if (End(s, i, i + term.Form.Length, term.Form) is > 0 and var end) yield return (i, end, term);
        foreach (var item in ItemLexicon.FindAll(s, 0, s.Length).Where(m => m.Kind == ItemKind.Goods))
        {
            var written = s[item.Start..item.End];
            var best = ChoiceMatcher.Best(itemCategories, written);
            if (best.Count != 1) best = ChoiceMatcher.Best(itemCategories, item.Name);
            if (best.Count == 1) yield return (item.Start, item.End, new Term(written, [$"{best[0].Id}:{item.Name}"], 1));
        }
    }

    /// <summary>Where a form found at start..end really ends: Latin words stand alone (with a plural "s"); Thai forms
    /// must not cut a syllable. 0 when it is not a mention.</summary>
    static int End(string s, int start, int end, string form)
    {
        if (!ThaiChars.IsLatinLetter(form[0]))
            return (end == s.Length || !ThaiChars.Attaches(s[end])) && (start == 0 || !ThaiChars.IsLeadingVowel(s[start - 1])) ? end : 0;
        if (!ThaiChars.IsEdge(s, start - 1)) return 0;
        if (ThaiChars.IsEdge(s, end)) return end;
        return s[end] == 's' && ThaiChars.IsEdge(s, end + 1) ? end + 1 : 0;
    }
}
