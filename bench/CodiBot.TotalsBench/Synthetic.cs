using System.Globalization;
using CodiBot.People;
using CodiBot.Reports;
using CodiBot.Thai;

namespace CodiBot.TotalsBench;

/// <summary>
/// Realistic synthetic reports (domain.md §1–4): real provinces with their CODI region (a few organisations
/// report to another office), a few thousand organisations of uneven activity, the COVID-response categories and
/// programme indicators with their units and items, some "กว่า" figures, more reports in the COVID wave.
/// </summary>
public sealed class Synthetic(int seed)
{
    public static readonly DateOnly First = new(2019, 10, 1); // FY 2563
    public static readonly DateOnly Last = new(2021, 3, 31);  // half of FY 2564

    readonly Random _random = new(seed);

    sealed record Line(string Category, string Unit, double Min, double Max, string? Item = null);
    sealed record Activity(string DialogId, double Weight, Line[] Lines, int MaxLines = 1, bool PeopleReached = false);

    static readonly Activity[] Activities =
    [
        new("covid-response", 12, [new("mask_production", "ชิ้น", 50, 10_000)], PeopleReached: true),
        new("covid-response", 12, [new("mask_distribution", "ชิ้น", 20, 11_000)], PeopleReached: true),
        new("covid-response", 18,
        [
            new("food_relief", "กิโลกรัม", 10, 5_000, "ข้าวสาร"), new("food_relief", "แผง", 10, 2_700, "ไข่ไก่"),
            new("food_relief", "ถุง", 10, 500, "ถุงยังชีพ"), new("food_relief", "ชุด", 10, 300, "ชุดข้าวสารอาหารแห้ง"),
            new("food_relief", "โหล", 5, 100, "น้ำดื่ม"),
        ], MaxLines: 3, PeopleReached: true),
        new("covid-response", 8, [new("gel", "ลิตร", 1, 50, "เจลแอลกอฮอล์"), new("gel", "ก้อน", 20, 500, "สบู่ฆ่าเชื้อ"), new("gel", "ชิ้น", 10, 180)], MaxLines: 2),
        new("covid-response", 7, [new("money", "บาท", 500, 50_000)]),
        new("covid-response", 6,
        [
            new("equipment", "ชิ้น", 10, 300, "face shield"), new("equipment", "ชิ้น", 1, 20, "ปรอทวัดไข้"),
            new("equipment", "ชิ้น", 50, 1_000, "ถุงมือยาง"), new("equipment", "ตัว", 1, 100, "พัดลม"),
        ], MaxLines: 2),
        new("covid-response", 5, [new("screening_point", "จุด", 1, 20)], PeopleReached: true),
        new("covid-response", 2, [new("quarantine_site", "จุด", 1, 18), new("quarantine_site", "ตำบล", 1, 12)]),
        new("covid-response", 5, [new("disinfection", "จุด", 1, 30)]),
        new("covid-response", 5, [new("campaign", "ครั้ง", 1, 10)], PeopleReached: true),
        new("covid-response", 5, []), // plan / other: no figure
        new("project-update", 5, [new("baan_por_piang.households_completed", "ครัวเรือน", 1, 50), new("baan_por_piang.budget", "บาท", 20_000, 2_000_000)], MaxLines: 2),
        new("project-update", 3, [new("baan_mankong.households_building", "ครัวเรือน", 1, 100)]),
        new("project-update", 3, [new("welfare_fund.funds_supported", "กองทุน", 1, 10), new("welfare_fund.members", "คน", 20, 3_000)]),
        new("project-update", 2, [new("leader_training.people_trained", "คน", 5, 60)]),
        new("project-update", 1, [new("temporary_housing.households_completed", "ครัวเรือน", 1, 30)]),
        new("project-update", 1, [new("canal.households_relocated", "ครัวเรือน", 1, 50)]),
    ];
    static readonly double[] ActivityWeights = Cumulative(Activities.Select(a => a.Weight));

    static readonly string[] OrganisationKinds =
        ["สภาองค์กรชุมชนตำบล", "กองทุนสวัสดิการชุมชนตำบล", "สภาองค์กรชุมชนเทศบาลตำบล", "เครือข่ายสวัสดิการชุมชนจังหวัด", "ชุมชนบ้านมั่นคง"];
    static readonly string[] Syllables = ["นา", "ทุ่ง", "บ้าน", "หนอง", "คลอง", "ดอน", "วัง", "โคก", "ป่า", "สัน", "แม่", "ห้วย", "ท่า", "บาง", "ละ", "งู", "ลี", "ใหม่", "กลาง", "ทอง"];

    public List<Organisation> Organisations(int count)
    {
        var provinceWeights = Cumulative(Provinces.All.Select(p => p.Thai == "กรุงเทพมหานคร" ? 8 : 0.3 + 2.7 * _random.NextDouble()));
        var regions = Enum.GetValues<Region>();
        return Enumerable.Range(1, count).Select(i =>
        {
            var province = Provinces.All[Pick(provinceWeights)];
            // A province does not fix the region: a few organisations report to a neighbouring office.
            var region = _random.Next(100) < 3 ? regions[_random.Next(regions.Length)] : province.Region;
            var place = string.Concat(Enumerable.Range(0, 2).Select(_ => Syllables[_random.Next(Syllables.Length)]));
            return new Organisation
            {
                Name = OrganisationKinds[_random.Next(OrganisationKinds.Length)] + place + (i % 7 == 0 ? $" {i}" : ""),
                Type = "community_council", Subdistrict = place, Province = province.Thai, Region = Regions.Id(region),
            };
        }).ToList();
    }

    /// <summary>Relative number of reports on a day: the COVID wave of 2563 triples it, weekends halve it.</summary>
    public static double DayWeight(DateOnly day) =>
        (day >= new DateOnly(2020, 3, 25) && day <= new DateOnly(2020, 6, 30) ? 3 : 1) *
        (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.5 : 1);

    /// <summary>Organisations report unevenly: a few report every week, most now and then.</summary>
    public double[] ActivityOf(IReadOnlyList<Organisation> organisations) =>
        Cumulative(organisations.Select(_ => Math.Pow(_random.NextDouble(), 3) + 0.02));

    public Report NewReport(long n, DateOnly day, Organisation org)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(7 + _random.Next(14), _random.Next(60))), TimeSpan.FromHours(7)).ToUnixTimeMilliseconds();
        var activity = Activities[Pick(ActivityWeights)];
        var report = new Report
        {
            Code = Code(n), ReporterUserId = $"U{org.Id:x8}{_random.Next(3)}", ReporterName = $"ผู้นำชุมชน {org.Id}",
            OrganisationId = org.Id, OrganisationName = org.Name, Province = org.Province, Region = org.Region,
            DialogId = activity.DialogId, DialogVersion = 1, Date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AnswersJson = "{}", SourceEventIdsJson = "[]", CreatedAt = at - 120_000, ConfirmedAt = at, UpdatedAt = at,
        };
        report.Measures = Measures(report, activity).ToList();
        report.AnswersJson = Answers(report);
        report.Versions.Add(new ReportVersion { Version = 1, Change = "created", AnswersJson = report.AnswersJson, ChangedBy = report.ReporterUserId, ChangedAt = at });
        return report;
    }

    /// <summary>A correction as people make them: another figure, now and then another unit or the day before.</summary>
    public void Correct(Report report, long now)
    {
        if (_random.Next(5) == 0)
            report.Date = DateOnly.ParseExact(report.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var activity = Activities.FirstOrDefault(a => a.Lines.Any(l => report.Measures.Any(m => m.Category == l.Category)) && a.DialogId == report.DialogId)
            ?? Activities[Pick(ActivityWeights)];
        report.Measures = Measures(report, activity).ToList();
        report.AnswersJson = Answers(report);
        report.Version++;
        report.UpdatedAt = now;
        report.Versions.Add(new ReportVersion { ReportId = report.Id, Version = report.Version, Change = "corrected", AnswersJson = report.AnswersJson, ChangedAt = now });
    }

    static string Answers(Report report) =>
        "{" + string.Join(",", report.Measures.Select(m => $"\"{m.Item ?? m.Category}\":\"{m.Quantity:0.##} {m.Unit}\"")) + "}";

    IEnumerable<Measure> Measures(Report report, Activity activity)
    {
        if (activity.Lines.Length > 0)
            foreach (var line in activity.Lines.OrderBy(_ => _random.Next()).Take(1 + _random.Next(activity.MaxLines)))
                yield return Measure(report, line);
        if (activity.PeopleReached && _random.Next(100) < 35) yield return Measure(report, new("people_reached", "คน", 10, 2_000));
    }

    Measure Measure(Report report, Line line)
    {
        // Log-uniform: many small figures, a few large ones, as in the COVID table.
        var quantity = Math.Round(line.Min * Math.Pow(line.Max / line.Min, _random.NextDouble()));
        if (line.Unit == "บาท") quantity = Math.Round(quantity / 10) * 10;
        return new Measure
        {
            Category = line.Category, Unit = line.Unit, Quantity = quantity, Approximate = _random.Next(100) < 8, Item = line.Item,
            Date = report.Date, Province = report.Province, Region = report.Region, OrganisationId = report.OrganisationId,
        };
    }

    public int Pick(double[] cumulative)
    {
        var i = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    public int Next(int max) => _random.Next(max);

    static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return weights.Select(w => sum += w).ToArray();
    }

    /// <summary>Unique six-character codes in the bot's alphabet: the sequence number scrambled by a multiplier prime to 31⁶.</summary>
    static string Code(long n)
    {
        const string alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        var x = n * 387_420_489 % 887_503_681; // 31^6 = 887,503,681; 3^18 shares no factor with it
        var chars = new char[6];
        for (var i = 5; i >= 0; i--) { chars[i] = alphabet[(int)(x % 31)]; x /= 31; }
        return new string(chars);
    }
}
