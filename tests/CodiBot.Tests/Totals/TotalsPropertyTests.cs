using CodiBot.Reports;
using CodiBot.Storage;
using CodiBot.Totals;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Tests.Totals;

/// <summary>
/// Random new, corrected and withdrawn reports go through the ledger in batches (as the inbox worker applies them) on
/// a real SQLite file; every reader answer must equal a brute-force count over the live reports and measures.
/// </summary>
public sealed class TotalsPropertyTests : IAsyncLifetime
{
    readonly string _file = Path.Combine(Path.GetTempPath(), "codibot-tests", "totals-" + Guid.NewGuid().ToString("N") + ".db");
    readonly TotalsReader _reader = new();
    static readonly DateOnly Start = new(2020, 3, 20);

    // Organisations with the places they report from; 3 moves region, 4 province (a province does not fix the region).
    static readonly (long Id, string? Region, string? Province)[] Places =
    [
        (1, "south", "พัทลุง"), (2, "south", "สงขลา"), (3, "south", "นครปฐม"), (3, "central_west", "นครปฐม"), (4, "bangkok_east", "นครปฐม"),
        (4, "bangkok_east", "นนทบุรี"), (5, "north", "น่าน"), (6, null, "น่าน"), (7, "north", null),
    ];
    static readonly string[] Categories = ["mask_production", "food_relief", "gel", "baan_por_piang.households_completed"];
    static readonly string[] Units = ["ชิ้น", "กิโลกรัม", "แผง", "ลิตร"];
    static readonly string?[] Items = [null, null, "ข้าวสาร", "ไข่ไก่", "ข้าวสาร 5 กก."];

    CodiBotDb Db() => new(new DbContextOptionsBuilder<CodiBotDb>().UseSqlite($"Data Source={_file}").Options);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        await using var db = Db();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Every_answer_equals_a_brute_force_count_over_live_measures(int seed)
    {
        var random = new Random(seed);
        for (var batch = 0; batch < 60; batch++)
        {
            await ApplyBatchAsync(random);
            if (batch % 6 == 5) await CompareAllAsync(random);
        }
        await CompareAllAsync(random);
        Assert.True(await ScalarAsync("SELECT COUNT(*) FROM reports WHERE Status = 'Withdrawn'") > 5);
        Assert.True(await ScalarAsync("SELECT COUNT(*) FROM report_versions WHERE Change = 'corrected'") > 5);
    }

    [Fact]
    public async Task A_withdrawal_confirmed_twice_in_one_batch_counts_once()
    {
        var random = new Random(7);
        await using (var db = Db())
        {
            foreach (var quantity in new[] { 7.0, 5.0 })
            {
                var report = NewReport(random);
                (report.Date, report.OrganisationId) = ("2020-03-27", 1);
                report.Measures = [new Measure { Category = "gel", Unit = "ลิตร", Quantity = quantity, Date = report.Date }];
                await TotalsLedger.NewReport(report).Apply(db, default);
            }
            await db.SaveChangesAsync();
        }
        await using (var db = Db())
        {
            // The same person confirms in two chats; both land in one inbox batch and the second sees the tracked report.
            await using var tx = await db.Database.BeginTransactionAsync();
            for (var i = 0; i < 2; i++)
            {
                var report = await db.Reports.Include(r => r.Measures).FirstAsync(r => r.Measures.Any(m => m.Quantity == 7) || r.Status == ReportStatus.Withdrawn);
                await TotalsLedger.ChangeAsync(db, report, r => { db.Measures.RemoveRange(r.Measures); r.Status = ReportStatus.Withdrawn; }, default);
            }
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        var day = new DateOnly(2020, 3, 27);
        await using var reading = Db();
        var answer = await _reader.ReadAsync(reading, new TotalsQuery(["gel"], Place.Everywhere, day, day), default);
        Assert.Equal([new UnitTotal("gel", "ลิตร", 5, 0)], answer.Totals);
        Assert.Equal((1, 1), (answer.Reports, answer.Organisations));
    }

    /// <summary>A few changes in one context and transaction; a report is changed at most once per batch, as in the inbox.</summary>
    async Task ApplyBatchAsync(Random random)
    {
        await using var db = Db();
        var live = await db.Reports.AsNoTracking().Where(r => r.Status == ReportStatus.Active).Select(r => r.Id).ToListAsync();
        var touched = new HashSet<long>();
        await using var tx = await db.Database.BeginTransactionAsync();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var roll = random.Next(10);
            if (roll < 3 && live.Except(touched).ToList() is { Count: > 0 } ids)
            {
                var id = ids[random.Next(ids.Count)];
                touched.Add(id);
                var report = await db.Reports.Include(r => r.Measures).FirstAsync(r => r.Id == id);
                if (roll < 2) await TotalsLedger.ChangeAsync(db, report, r => Correct(db, r, random), default);
                else await TotalsLedger.ChangeAsync(db, report, r => { db.Measures.RemoveRange(r.Measures); r.Status = ReportStatus.Withdrawn; }, default);
            }
            else await TotalsLedger.NewReport(NewReport(random)).Apply(db, default);
        }
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    static Report NewReport(Random random)
    {
        var report = new Report { Code = ReportBuilder.NewCode(), DialogId = "covid-response", AnswersJson = "{}", Date = "", SourceEventIdsJson = "[]" };
        Fill(report, random);
        return report;
    }

    static void Correct(CodiBotDb db, Report report, Random random)
    {
        db.Measures.RemoveRange(report.Measures);
        Fill(report, random);
        db.ReportVersions.Add(new ReportVersion { ReportId = report.Id, Version = ++report.Version, Change = "corrected", AnswersJson = "{}" });
    }

    /// <summary>Random place, day and measures: sometimes none, sometimes the same category and unit twice.</summary>
    static void Fill(Report report, Random random)
    {
        var noOrganisation = random.Next(8) == 0;
        var (org, region, province) = Places[random.Next(Places.Length)];
        report.OrganisationId = noOrganisation ? null : org;
        (report.Region, report.Province) = (region, province);
        report.Date = TotalsScope.Day(Start.AddDays(random.Next(12)));
        report.Measures = Enumerable.Range(0, random.Next(4)).Select(_ => new Measure
        {
            Category = Categories[random.Next(Categories.Length)],
            Unit = Units[random.Next(Units.Length)],
            Quantity = Math.Round(random.NextDouble() * 1000, random.Next(3)),
            Approximate = random.Next(4) == 0,
            Item = Items[random.Next(Items.Length)],
            Date = report.Date, Province = report.Province, Region = report.Region, OrganisationId = report.OrganisationId,
        }).ToList();
        if (report.Measures.Count > 0 && random.Next(4) == 0)
        {
            var twin = report.Measures[0];
            report.Measures.Add(new Measure { Category = twin.Category, Unit = twin.Unit, Quantity = 3, Item = twin.Item, Date = twin.Date });
        }
    }

    async Task CompareAllAsync(Random random)
    {
        await using var db = Db();
        var live = await db.Reports.AsNoTracking().Include(r => r.Measures).Where(r => r.Status == ReportStatus.Active).ToListAsync();
        await CompareCountryRowsAsync(db, live);
        var places = new List<Place> { Place.Everywhere, Place.Region("south"), Place.Region("north"), Place.Region("central_west"), Place.Region("northeast") };
        places.AddRange(Places.Select(p => p.Province).OfType<string>().Distinct().Select(Place.Province));
        places.AddRange([Place.Organisations([1]), Place.Organisations([3]), Place.Organisations([4, 6, 99]), Place.Organisations([])]);
        string[][] categorySets = [[], ["food_relief"], ["gel", "mask_production"], ["food_relief:ข้าวสาร"], ["food_relief:ข้าวสาร", "gel:ข้าวสาร"], ["no_such"]];
        foreach (var place in places)
            for (var k = 0; k < 4; k++)
            {
                var from = Start.AddDays(random.Next(-1, 12));
                var to = k == 0 ? from : from.AddDays(random.Next(0, 12));
                var categories = categorySets[random.Next(categorySets.Length)];
                var query = new TotalsQuery(categories, place, from, to);
                var expected = BruteForce(live, query);
                var actual = await _reader.ReadAsync(db, query, default);
                var what = $"{place.Kind} {place.Id}{string.Join(",", place.OrganisationIds ?? [])} [{string.Join(",", categories)}] {from}..{to}";
                Assert.True(expected.Reports == actual.Reports, $"reports of {what}: {expected.Reports} ≠ {actual.Reports}");
                Assert.True(expected.Organisations == actual.Organisations, $"organisations of {what}: {expected.Organisations} ≠ {actual.Organisations}");
                Assert.Equal(expected.PerCategory, actual.PerCategory);
                Assert.Equal(expected.Totals.Count, actual.Totals.Count);
                static IEnumerable<UnitTotal> Ordered(IEnumerable<UnitTotal> t) => t.OrderBy(x => x.Category, StringComparer.Ordinal).ThenBy(x => x.Unit, StringComparer.Ordinal);
                foreach (var (e, a) in Ordered(expected.Totals).Zip(Ordered(actual.Totals)))
                {
                    Assert.Equal((e.Category, e.Unit), (a.Category, a.Unit));
                    Assert.Equal(e.Quantity, a.Quantity, 6);
                    Assert.Equal(e.Approximate, a.Approximate, 6);
                }
                var provinces = Matching(live, place, from, to).Select(r => r.Province).OfType<string>().Distinct().Count();
                Assert.True(provinces == await _reader.ProvincesAsync(db, place, from, to, default), $"provinces of {what}");
            }
    }

    /// <summary>The whole-country rows themselves: a report counts once per row, and no row is left without reports.</summary>
    static async Task CompareCountryRowsAsync(CodiBotDb db, List<Report> live)
    {
        var expected = live.SelectMany(r => r.Measures.SelectMany(m => Keys(m).SelectMany(key => new[]
            {
                (r.Id, r.Date, Category: key, m.Unit, m.Quantity, Approximate: m.Approximate ? m.Quantity : 0),
                (r.Id, r.Date, Category: key, Unit: "", Quantity: 0.0, Approximate: 0.0),
            })).Append((r.Id, r.Date, Category: "*", Unit: "", Quantity: 0.0, Approximate: 0.0)))
            .GroupBy(x => (x.Date, x.Category, x.Unit))
            .Select(g => $"{g.Key.Date} {g.Key.Category} {g.Key.Unit} {g.Sum(x => x.Quantity):0.###} {g.Sum(x => x.Approximate):0.###} {g.Select(x => x.Id).Distinct().Count()}")
            .Order(StringComparer.Ordinal).ToList();
        var actual = (await db.RunningTotals.AsNoTracking().Where(t => t.Scope == TotalsScope.All && t.Day != "").ToListAsync())
            .Select(t => $"{t.Day} {t.Category} {t.Unit} {t.Quantity:0.###} {t.Approximate:0.###} {t.Reports}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(0, await db.RunningTotals.CountAsync(t => t.Reports <= 0));
    }

    static IEnumerable<Report> Matching(IEnumerable<Report> live, Place place, DateOnly from, DateOnly to) => live.Where(r =>
        string.CompareOrdinal(r.Date, TotalsScope.Day(from)) >= 0 && string.CompareOrdinal(r.Date, TotalsScope.Day(to)) <= 0 && place.Kind switch
        {
            PlaceKind.Everywhere => true,
            PlaceKind.Region => r.Region == place.Id,
            PlaceKind.Province => r.Province == place.Id,
            _ => r.OrganisationId is { } id && place.OrganisationIds!.Contains(id),
        });

    /// <summary>The answer computed the slow way, from the reports themselves.</summary>
    static TotalsAnswer BruteForce(List<Report> live, TotalsQuery query)
    {
        var reports = Matching(live, query.Place, query.From, query.To).ToList();
        var keyed = reports.SelectMany(r => r.Measures.SelectMany(m => Keys(m).Select(key => (Report: r, Key: key, Measure: m))))
            .Where(x => query.Categories.Count == 0 ? !TotalsScope.IsItem(x.Key) : query.Categories.Contains(x.Key)).ToList();
        var totals = keyed.GroupBy(x => (x.Key, x.Measure.Unit))
            .Select(g => new UnitTotal(g.Key.Key, g.Key.Unit, g.Sum(x => x.Measure.Quantity), g.Where(x => x.Measure.Approximate).Sum(x => x.Measure.Quantity)))
            .ToList();
        var perCategory = keyed.GroupBy(x => x.Key).Select(g => new CategoryCount(g.Key, g.Select(x => x.Report.Id).Distinct().Count()))
            .OrderBy(c => c.Category, StringComparer.Ordinal).ToList();
        var counted = query.Categories.Count == 0 ? reports : keyed.Select(x => x.Report).Distinct().ToList();
        int? count = query.Categories.Count switch { 0 => reports.Count, 1 => perCategory.Sum(c => c.Reports), _ => null };
        return new(totals, perCategory, count, counted.Select(r => r.OrganisationId).OfType<long>().Distinct().Count());
    }

    static IEnumerable<string> Keys(Measure m) =>
        m.Item is { Length: > 0 } item ? [m.Category, TotalsScope.ItemCategory(m.Category, item)] : [m.Category];

    async Task<long> ScalarAsync(string sql)
    {
        await using var db = Db();
        await db.Database.OpenConnectionAsync();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }
}
