namespace CodiBot.Thai;

/// <summary>CODI's five regional offices (domain.md §1.1), in the order CODI's own tables use.</summary>
public enum Region { North, Northeast, South, CentralWest, BangkokEast }

/// <summary>Names of the five regions and every way reports and users write them.</summary>
public static class Regions
{
    sealed record Names(Region Region, string Thai, string Short, string English, string Id, string[] ThaiForms, string[] EnglishForms);

    // Thai forms without "ภาค"; FindIn needs "ภาค" before the everyday words เหนือ (above), ใต้ (under), กลาง (middle).
    static readonly Names[] Table =
    [
        new(Region.North, "ภาคเหนือ", "เหนือ", "Northern", "north", ["เหนือ"], ["northern region", "northern", "north"]),
        new(Region.Northeast, "ภาคตะวันออกเฉียงเหนือ", "อีสาน", "Northeastern (Isan)", "northeast",
            ["ตะวันออกเฉียงเหนือ", "อีสาน", "อิสาน", "อีศาน"], ["northeastern region", "northeastern", "north-eastern", "northeast", "north-east", "north east", "isan", "isaan", "esan"]),
        new(Region.South, "ภาคใต้", "ใต้", "Southern", "south", ["ใต้ชายแดน", "ใต้"], ["southern region", "southern", "south"]),
        new(Region.CentralWest, "ภาคกลางและตะวันตก", "กลาง/ตะวันตก", "Central and Western", "central_west",
            ["กลางและตะวันตก", "กลางและภาคตะวันตก", "กลาง/ตะวันตก", "กลาง-ตะวันตก", "กลาง ตะวันตก", "กลาง", "ตะวันตก"],
            ["central and western region", "central and western", "central and west", "central & west", "central/west", "central_west", "central west", "central", "western", "west"]),
        new(Region.BangkokEast, "ภาคกรุงเทพฯ ปริมณฑลและตะวันออก", "กทม./ตะวันออก", "Bangkok, Metropolitan and Eastern", "bangkok_east",
            ["กรุงเทพฯ ปริมณฑลและตะวันออก", "กรุงเทพฯ ปริมณฑลและ ตะวันออก", "กรุงเทพปริมณฑลและตะวันออก", "กรุงเทพ ปริมณฑลและตะวันออก",
             "กรุงเทพฯปริมณฑลและตะวันออก", "กรุงเทพฯ และตะวันออก", "กรุงเทพและตะวันออก", "กทม./ตะวันออก", "กทม/ตะวันออก", "กทม.-ตะวันออก",
             "กทม. ตะวันออก", "กทม.และตะวันออก", "กลุ่มตะวันออก", "กรุงเทพฯ", "กรุงเทพ", "กทม.", "กทม", "ปริมณฑล", "ตะวันออก"],
            ["bangkok, metropolitan and eastern", "bangkok metropolitan and eastern", "bangkok and eastern", "bangkok and east", "bangkok & east",
             "bangkok/east", "bangkok_east", "bangkok east", "bangkok", "bkk", "eastern", "east"]),
    ];

    // Forms that are their own words inside free text even without "ภาค".
    static readonly string[] DistinctiveForms =
        ["อีสาน", "อิสาน", "กลุ่มตะวันออก", "กลาง/ตะวันตก", "กทม./ตะวันออก", "กทม/ตะวันออก", "ตะวันออกเฉียงเหนือ", "กลางและตะวันตก"];

    static Names Of(Region r) => Table[(int)r];

    public static string Thai(Region r) => Of(r).Thai;
    public static string Short(Region r) => Of(r).Short;
    public static string English(Region r) => Of(r).English;
    public static string Id(Region r) => Of(r).Id;

    /// <summary>The region stored under <paramref name="id"/> ("south"); null for none or an unknown id.</summary>
    public static Region? FromId(string? id) => Table.Where(r => r.Id == id).Select(r => (Region?)r.Region).FirstOrDefault();

    /// <summary>The whole answer names one region: full or short Thai, with or without "ภาค"/"สำนักงานภาค", an id or English.</summary>
    public static bool TryParse(string? text, out Region region)
    {
        region = default;
        var s = ThaiText.WithoutParticles(ThaiText.Normalize(text)).Trim(' ', '.', ',', '!', '?');
        foreach (var prefix in (string[])["สำนักงานภาค", "สนง.ภาค", "สนง. ภาค", "ภาค"])
            if (s.StartsWith(prefix, StringComparison.Ordinal)) { s = s[prefix.Length..].TrimStart(); break; }
        var lower = s.ToLowerInvariant().Replace(" region", "").Replace("the ", "").Trim();
        foreach (var r in Table)
            if (r.ThaiForms.Contains(s) || r.EnglishForms.Contains(lower) || r.Id == lower || r.Thai == s || r.Short == s
                || r.English.Equals(s, StringComparison.OrdinalIgnoreCase))
            {
                region = r.Region;
                return true;
            }
        return false;
    }

    /// <summary>Regions named inside free text ("ยอดหน้ากาก ภาคใต้ สัปดาห์นี้"), in order of first mention.
    /// Needs "ภาค" before ordinary words (ใต้ = under); distinctive forms and English names stand on their own.</summary>
    public static IReadOnlyList<Region> FindIn(string? text) => Mentions(ThaiText.Normalize(text)).Select(m => m.Region).Distinct().ToList();

    /// <summary>Each region mention with its span, longest forms first so "ตะวันออกเฉียงเหนือ" is not read as "ตะวันออก".</summary>
    internal static List<(Region Region, int Start, int End)> Mentions(string s)
    {
        var found = new List<(Region Region, int Start, int End)>();
        var taken = new bool[s.Length];
        var forms = Table.SelectMany(r => r.ThaiForms.Select(f => (r.Region, Form: f, English: false))
                .Concat(r.EnglishForms.Select(f => (r.Region, Form: f, English: true))))
            .OrderByDescending(x => x.Form.Length);
        foreach (var (region, form, english) in forms)
        {
            var comparison = english ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var i = s.IndexOf(form, comparison); i >= 0; i = s.IndexOf(form, i + 1, comparison))
            {
                var start = i;
                var end = i + form.Length;
                if (english)
                {
                    if (!ThaiChars.IsEdge(s, start - 1) || !ThaiChars.IsEdge(s, end)) continue;
                }
                else if (Qualifiers.EndsWith(s, start, "ภาค")) start -= 3;
                else if (!DistinctiveForms.Contains(form)) continue;
                if (Enumerable.Range(start, end - start).Any(p => taken[p])) continue;
                for (var p = start; p < end; p++) taken[p] = true;
                found.Add((region, start, end));
            }
        }
        return found.OrderBy(f => f.Start).ToList();
    }
}
