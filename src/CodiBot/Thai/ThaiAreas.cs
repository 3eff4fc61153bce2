using System.Text.RegularExpressions;

namespace CodiBot.Thai;

/// <summary>A place in Thailand's administration: a subdistrict (ตำบล/แขวง) of a district (อำเภอ/เขต) of a province.
/// The finer parts are null when only a district or a province is known.</summary>
public sealed record Area(string Province, string? District, string? Subdistrict)
{
    bool InBangkok => Province == "กรุงเทพมหานคร";

    /// <summary>"ต.ละงู อ.ละงู จ.สตูล"; Bangkok's parts are แขวง and เขต.</summary>
    public string Thai => string.Join(" ", new[]
    {
        Subdistrict is null ? null : (InBangkok ? "แขวง" : "ต.") + Subdistrict,
        District is null ? null : (InBangkok ? "เขต" : "อ.") + District,
        InBangkok ? Province : "จ." + Province,
    }.OfType<string>());
}

/// <summary>
/// Every province, district and subdistrict of Thailand (Areas/thai-areas.tsv, from the ISC-licensed thai-address-database),
/// read once on first use. Works out where a place is from what people write: "ละงู", "ต.ละงู", "อ.หว้านใหญ่",
/// "แขวงคลองตัน เขตคลองเตย", or an organisation's name ("สภาองค์กรชุมชนตำบลละงู").
/// </summary>
public static partial class ThaiAreas
{
    sealed record Table(ILookup<string, Area> BySubdistrict, ILookup<string, Area> ByDistrict);

    static readonly Lazy<Table> Data = new(Load);

    /// <summary>Subdistricts in Thailand, for the record and the tests.</summary>
    public static int SubdistrictCount => Data.Value.BySubdistrict.Sum(g => g.Count());

    /// <summary>The places an answer may mean, finest first: one when it is clear, several when a name is shared
    /// (the person picks), none when nothing is known by that name.</summary>
    public static IReadOnlyList<Area> Find(string? text) => Resolve(Parse(text, markedOnly: false));

    /// <summary>The places named with ตำบล/อำเภอ/จังหวัด inside other text, such as an organisation's name; unmarked words are not read.</summary>
    public static IReadOnlyList<Area> FindMarked(string? text) => Resolve(Parse(text, markedOnly: true));

    readonly record struct Parts(string? Subdistrict, string? District, string? Province);

    static Parts Parse(string? text, bool markedOnly)
    {
        var t = ThaiText.Normalize(text).Replace("เทศบาลตำบล", "ตำบล");
        string? sub = null, dist = null, prov = null;
        var marks = Marker().Matches(t);
        var unmarked = marks.Count == 0 ? t : t[..marks[0].Index];
        for (var i = 0; i < marks.Count; i++)
        {
            var end = i + 1 < marks.Count ? marks[i + 1].Index : t.Length;
            var start = marks[i].Index + marks[i].Length;
            var name = t[start..end].Trim().Split(' ', 2)[0].TrimEnd(',', '.');
            if (name.Length == 0) continue;
            switch (marks[i].Groups["m"].Value)
            {
                case "ตำบล" or "ต." or "แขวง": sub ??= name; break;
                case "อำเภอ" or "อ." or "เขต": dist ??= name; break;
                default: prov ??= Provinces.Find(name)?.Thai ?? name; break;
            }
        }
        if (markedOnly) return new Parts(sub, dist, prov);
        var data = Data.Value;
        foreach (var word in unmarked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',')))
        {
            if (sub is null && data.BySubdistrict.Contains(word)) sub = word;
            else if (dist is null && data.ByDistrict.Contains(word)) dist = word;
            else if (prov is null && Provinces.Find(word) is { } p) prov = p.Thai;
        }
        return new Parts(sub, dist, prov);
    }

    static IReadOnlyList<Area> Resolve(Parts p)
    {
        var data = Data.Value;
        bool InDistrict(Area a) => p.District is null || a.District == p.District || (p.District == "เมือง" && a.District == "เมือง" + a.Province);
        bool InProvince(Area a) => p.Province is null || a.Province == p.Province;
        if (p.Subdistrict is not null)
        {
            var subs = data.BySubdistrict[p.Subdistrict].Where(a => InDistrict(a) && InProvince(a)).ToList();
            if (subs.Count > 0 || p.District is not null) return subs;
        }
        // A name that is no subdistrict may be a district's ("ละงู" is both; "หว้านใหญ่" typed alone).
        if ((p.District ?? p.Subdistrict) is { } district)
        {
            var key = district == "เมือง" && p.Province is not null ? "เมือง" + p.Province : district;
            return data.ByDistrict[key].Where(InProvince).Select(a => a with { Subdistrict = null }).Distinct().ToList();
        }
        return Provinces.Find(p.Province) is { } province ? [new Area(province.Thai, null, null)] : [];
    }

    static Table Load()
    {
        using var stream = typeof(ThaiAreas).Assembly.GetManifestResourceStream("CodiBot.Thai.Areas.thai-areas.tsv")
            ?? throw new InvalidOperationException("The area table Thai/Areas/thai-areas.tsv is not embedded in the build");
        using var reader = new StreamReader(stream);
        var all = new List<Area>();
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            if (cols.Length != 3) continue;
            all.AddRange(cols[2].Split('|').Select(s => new Area(cols[0], cols[1], s)));
        }
        return new Table(all.ToLookup(a => a.Subdistrict!), all.ToLookup(a => a.District!));
    }

    [GeneratedRegex(@"(?<m>ตำบล|แขวง|ต\.|อำเภอ|เขต|อ\.|จังหวัด|จ\.)\s*")] private static partial Regex Marker();
}
