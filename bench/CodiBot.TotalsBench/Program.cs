using System.Diagnostics;
using System.Globalization;
using CodiBot.Storage;
using CodiBot.Thai;
using CodiBot.Totals;
using CodiBot.TotalsBench;
using Microsoft.EntityFrameworkCore;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
const string usage = """
    CodiBot.TotalsBench — a million synthetic reports, then the timing of typical totals queries.

    usage: dotnet run -c Release --project bench/CodiBot.TotalsBench -- [options]

      --db PATH            SQLite file; generated when missing, reused otherwise   [bench/results/totals-1m.db]
      --regenerate         generate it again even if it exists
      --reports N          reports to generate                                    [1000000]
      --organisations N    organisations                                          [3000]
      --batch N            reports per transaction while generating               [10000]
      --seed N             random seed                                            [1]
      --runs N             timed runs per query (after 3 warm-up runs)            [50]
    """;

string file = "bench/results/totals-1m.db";
int reports = 1_000_000, organisations = 3000, batch = 10_000, seed = 1, runs = 50;
var regenerate = false;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--db": file = Value(); break;
        case "--regenerate": regenerate = true; break;
        case "--reports": reports = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--organisations": organisations = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--batch": batch = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine(usage); return args[i] is "--help" or "-h" ? 0 : 2;
    }
}

if (regenerate || !File.Exists(file))
{
    Console.Error.WriteLine($"generating {reports:N0} reports of {organisations:N0} organisations into {file}");
    var clock = Stopwatch.StartNew();
    await Generator.RunAsync(file, reports, organisations, batch, seed);
    Console.WriteLine($"generated {reports:N0} reports in {clock.Elapsed.TotalMinutes:0.0} min");
}
else Console.Error.WriteLine($"reusing {file} (--regenerate to build it again)");

var timings = new Timings(file, runs);
var reader = new TotalsReader();
var today = Synthetic.Last;
var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
var fiscalYear = (FiscalYear.StartOf(today), today);

// The busiest organisation, and three of a leader's, from the organisation directory.
long busiest;
List<long> leaders;
await using (var db = new CodiBotDb(new DbContextOptionsBuilder<CodiBotDb>().UseSqlite($"Data Source={file}").Options))
{
    var entries = await db.RunningTotals.AsNoTracking()
        .Where(t => t.Scope == TotalsScope.All && t.Category == TotalsScope.OrganisationDirectory && t.Day == TotalsScope.NoDay)
        .OrderByDescending(t => t.Reports).Select(t => t.Unit).Take(200).ToListAsync();
    var ids = entries.Select(TotalsScope.OrganisationOf).Distinct().ToList();
    busiest = ids[0];
    leaders = [ids[50], ids[100], ids[150]];
    Console.WriteLine($"{await db.Reports.CountAsync():N0} reports ({await db.Reports.CountAsync(r => r.Status == CodiBot.Reports.ReportStatus.Withdrawn):N0} withdrawn), " +
        $"{await db.Measures.CountAsync():N0} measures, {await db.RunningTotals.CountAsync():N0} running_totals rows, " +
        $"file {new FileInfo(file).Length / 1048576.0:N0} MB; today = {ThaiDates.Format(today)}");
}

Task<string> Read(CodiBotDb db, Place place, (DateOnly From, DateOnly To) days, string phrase, params string[] categories) =>
    reader.ReadAsync(db, new TotalsQuery(categories, place, days.From, days.To), default).ContinueWith(t =>
    {
        var a = t.Result;
        var top = a.Totals.OrderByDescending(x => x.Quantity).FirstOrDefault();
        return $"{a.Reports?.ToString("N0") ?? "-"} reports, {a.Organisations:N0} orgs, {a.Totals.Count} totals" +
               (top is null ? "" : $" (top {top.Quantity:N0} {top.Unit})") + $"  \"{phrase}\"";
    });

await timings.MeasureAsync("1 masks, one region, this week", db => Read(db, Place.Region("south"), (monday, today), "ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", "mask_production", "mask_distribution"));
await timings.MeasureAsync("2 item, one province, all time", db => Read(db, Place.Province("พัทลุง"), (Synthetic.First, today), "ยอดข้าวสาร จ.พัทลุง", "food_relief:ข้าวสาร"));
await timings.MeasureAsync("3 everything, one organisation, fiscal year", db => Read(db, Place.Organisations([busiest]), fiscalYear, "ยอดทั้งหมด (องค์กรที่รายงานมากที่สุด) ปีงบนี้"));
await timings.MeasureAsync("4 everything, whole country, today", db => Read(db, Place.Everywhere, (today, today), "ยอดทั้งหมด วันนี้"));
await timings.MeasureAsync("5 item, whole country, this month", db => Read(db, Place.Everywhere, (new DateOnly(today.Year, today.Month, 1), today), "ยอดไข่ไก่ เดือนนี้", "food_relief:ไข่ไก่"));
await timings.MeasureAsync("6 programme, whole country, fiscal quarter", db => Read(db, Place.Everywhere, FiscalYear.Quarter(2563, 2), "บ้านพอเพียง ไตรมาส 2 ปีงบ 63", "baan_por_piang.households_completed", "baan_por_piang.budget"));
await timings.MeasureAsync("7 gel, whole country, date range", db => Read(db, Place.Everywhere, (new DateOnly(2020, 4, 1), new DateOnly(2020, 4, 9)), "ยอดเจล ตั้งแต่ 1 เม.ย. 63 ถึง 9 เม.ย. 63", "gel"));
await timings.MeasureAsync("8 everything, whole country, fiscal year", db => Read(db, Place.Everywhere, fiscalYear, "ยอดทั้งหมด ปีงบนี้ (digest cumulative)"));
await timings.MeasureAsync("9 everything, one region, this month", db => Read(db, Place.Region("northeast"), (new DateOnly(today.Year, today.Month, 1), today), "ยอดทั้งหมด ภาคอีสาน เดือนนี้"));
await timings.MeasureAsync("10 food, a leader's 3 organisations, fiscal year", db => Read(db, Place.Organisations(leaders), fiscalYear, "ยอดอาหาร (องค์กรของฉัน) ปีงบนี้", "food_relief"));
await timings.MeasureAsync("11 masks, whole country, COVID wave", db => Read(db, Place.Everywhere, (new DateOnly(2020, 3, 25), new DateOnly(2020, 6, 30)), "ยอดหน้ากาก ตั้งแต่ 25 มี.ค. 63 ถึง 30 มิ.ย. 63", "mask_production", "mask_distribution"));
await timings.MeasureAsync("12 provinces reporting, country, today", async db => $"{await reader.ProvincesAsync(db, Place.Everywhere, today, today, default)} provinces");
await timings.MeasureAsync("13 provinces reporting, region, today", async db => $"{await reader.ProvincesAsync(db, Place.Region("south"), today, today, default)} provinces");
await timings.MeasureAsync("14 known categories and items", async db => $"{(await reader.CategoriesAsync(db, default)).Count} categories and items");

// One whole digest of the busiest synthetic day, as the scheduler builds it (figures, names, targets) and renders it
// (plain text, altText, Flex JSON): whole country, then one region.
var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
var names = new CodiBot.Dialogs.CategoryNames(CodiBot.Dialogs.DialogCatalog.Load(dialogs));
var digestOptions = new CodiBot.Digest.DigestOptions();
var digest = new CodiBot.Digest.DigestBuilder(reader, names, CodiBot.Digest.ProgrammeTargets.Load(Path.GetFullPath(digestOptions.TargetsFile, dialogs), names),
    Microsoft.Extensions.Options.Options.Create(new TotalsOptions()), Microsoft.Extensions.Options.Options.Create(digestOptions));
async Task<string> Digest(CodiBotDb db, CodiBot.Thai.Region? region)
{
    var view = await digest.BuildAsync(db, today, region, CodiBot.Conversations.Lang.Th, false, default);
    var text = CodiBot.Digest.DigestText.Plain(view);
    var flex = CodiBot.LineAdapter.DigestFlex.Render(view).ToJsonString();
    return $"{text.Length:N0} chars of text, altText {CodiBot.Digest.DigestText.Alt(view).Length} chars, Flex {System.Text.Encoding.UTF8.GetByteCount(flex):N0} bytes";
}
await timings.MeasureAsync("15 digest, whole country, today", db => Digest(db, null));
await timings.MeasureAsync("16 digest, one region, today", db => Digest(db, CodiBot.Thai.Region.South));

Console.WriteLine();
Console.WriteLine($"totals queries over {file}: {runs} timed runs each after 3 warm-up runs, one CodiBotDb per run");
Console.WriteLine(timings.Table());
var slowest = timings.Results.Max(r => r.P95);
Console.WriteLine($"\nslowest p95 {slowest:0.00} ms — target < 100 ms: {(slowest < 100 ? "met" : "NOT met")}");
return 0;
