using CodiBot.Photos;
using CodiBot.Reports;
using CodiBot.Storage;
using CodiBot.Tests.Infrastructure;
using CodiBot.Tests.Photos;

namespace CodiBot.Tests.Reports;

/// <summary>
/// A bot of its own with two API keys and five Thai reports whose ids the tests know by name: masks in พัทลุง (ภาคใต้),
/// food relief and a withdrawn report in น่าน (ภาคเหนือ), and a Bangkok project update without measures.
/// </summary>
public sealed class ReportsApiBot : IAsyncLifetime
{
    public const string Key = "codi-staff-7f3a9c2e", SecondKey = "codi-dashboard-41d8b6";
    public const string LampamUserId = "U4af4980629a1b2c3d4e5f60718293a4b";
    public const string KhuanKhanunName = "กลุ่มแม่บ้าน \"บ้านควนขนุน\", หมู่ 5";
    public const string FormulaItem = "=HYPERLINK(\"http://x.example\",\"หน้ากาก\")";

    public TestBot Bot { get; private set; } = null!;
    public Dictionary<string, long> Ids { get; } = [];
    public byte[] Jpeg { get; } = TestImages.Jpeg();
    public byte[] Png { get; } = TestImages.Png();
    readonly string _photos = Path.Combine(Path.GetTempPath(), "codibot-tests", "api-photos-" + Guid.NewGuid().ToString("N"));

    public long this[string name] => Ids[name];

    public async Task InitializeAsync()
    {
        Bot = await TestBot.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Api:Keys:0"] = Key,
            ["Api:Keys:1"] = SecondKey,
            ["Photos:Folder"] = _photos,
        });
        var store = Bot.Services.GetRequiredService<IPhotoStore>();
        await store.SaveAsync("2020/03/27/11870001.jpg", Jpeg, "image/jpeg", CancellationToken.None);
        await store.SaveAsync("2020/03/27/11870002.png", Png, "image/png", CancellationToken.None);

        await AddAsync("lampam", new Report
        {
            Code = "K7P2QA", DialogId = "covid-response", DialogVersion = 1, Date = "2020-03-27",
            ReporterUserId = LampamUserId, ReporterName = "สมศรี ใจดี",
            OrganisationId = 11, OrganisationName = "สภาองค์กรชุมชนตำบลลำปำ", Province = "พัทลุง", Region = "south",
            AnswersJson = """{"category":"mask_production","quantity":{"value":2000,"unit":"ชิ้น","item":"หน้ากากผ้า"},"people_reached":{"value":150,"unit":"คน","approx":true},"date":"2020-03-27"}""",
            SourceEventIdsJson = "[]",
            Measures =
            [
                Measure("mask_production", 2000, "ชิ้น", "หน้ากากผ้า"),
                Measure("people_reached", 150, "คน", approximate: true),
            ],
            Photos =
            [
                new ReportPhoto { N = 1, Key = "2020/03/27/11870001.jpg", ContentType = "image/jpeg", Size = Jpeg.Length },
                new ReportPhoto { N = 2, Key = "2020/03/27/11870002.png", ContentType = "image/png", Size = Png.Length },
            ],
        });
        await AddAsync("khuan_khanun", new Report
        {
            Code = "M3NX8R", DialogId = "covid-response", DialogVersion = 1, Date = "2020-03-28",
            ReporterUserId = "U0c1d2e3f405162738495a6b7c8d9e0f1", ReporterName = "ฟาตีมะห์ หมัดอาดัม",
            OrganisationId = 12, OrganisationName = KhuanKhanunName, Province = "พัทลุง", Region = "south",
            AnswersJson = """{"category":"mask_distribution","quantity":{"value":500,"unit":"ชิ้น","approx":true}}""",
            SourceEventIdsJson = "[]",
            Measures = [Measure("mask_distribution", 500, "ชิ้น", "หน้ากากอนามัย", approximate: true)],
        });
        await AddAsync("food_nan", new Report
        {
            Code = "F9TQ2W", DialogId = "covid-response", DialogVersion = 1, Date = "2020-03-29",
            ReporterUserId = "U9f8e7d6c5b4a39281706f5e4d3c2b1a0", ReporterName = "บุญมี ปัญญาดี",
            OrganisationId = 21, OrganisationName = "เครือข่ายองค์กรชุมชนจังหวัดน่าน", Province = "น่าน", Region = "north",
            AnswersJson = """{"category":"food_relief","quantity":{"value":300,"unit":"ครัวเรือน"},"people_reached":{"value":1073,"unit":"คน"}}""",
            SourceEventIdsJson = "[]",
            Measures = [Measure("food_relief", 300, "ครัวเรือน", "ถุงยังชีพ"), Measure("people_reached", 1073, "คน")],
            // Listed in the database but gone from the photo store.
            Photos = [new ReportPhoto { N = 1, Key = "2020/03/29/11870003.jpg", ContentType = "image/jpeg", Size = 1234 }],
        });
        await AddAsync("withdrawn_nan", new Report
        {
            Code = "W2HJ7K", DialogId = "covid-response", DialogVersion = 1, Date = "2020-03-30", Status = ReportStatus.Withdrawn, Version = 2,
            ReporterUserId = "U9f8e7d6c5b4a39281706f5e4d3c2b1a0", ReporterName = "บุญมี ปัญญาดี",
            OrganisationId = 21, OrganisationName = "เครือข่ายองค์กรชุมชนจังหวัดน่าน", Province = "น่าน", Region = "north",
            AnswersJson = """{"category":"mask_production"}""",
            SourceEventIdsJson = "[]",
            Measures = [Measure("mask_production", 100, "ชิ้น", FormulaItem)],
        });
        await AddAsync("mankong", new Report
        {
            Code = "B5CD6E", DialogId = "project-update", DialogVersion = 1, Date = "2020-04-01",
            ReporterName = "วิชัย ศรีสุข",
            OrganisationId = 31, OrganisationName = "Baan Mankong Cooperative ชุมชนบางบัว", Province = "กรุงเทพมหานคร", Region = "bangkok_east",
            AnswersJson = """{"programme":"baan_mankong","note":"ประชุมสหกรณ์"}""",
            SourceEventIdsJson = "[]",
        });
    }

    /// <summary>Bangkok 10:15 on the report's day, confirmed two minutes after it was started.</summary>
    async Task AddAsync(string name, Report report)
    {
        var day = DateOnly.ParseExact(report.Date, "yyyy-MM-dd");
        report.ConfirmedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 15)), TimeSpan.FromHours(7)).ToUnixTimeMilliseconds();
        report.CreatedAt = report.ConfirmedAt - 120_000;
        report.UpdatedAt = report.ConfirmedAt;
        foreach (var m in report.Measures)
            (m.Date, m.Province, m.Region, m.OrganisationId) = (report.Date, report.Province, report.Region, report.OrganisationId);
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        using (await Bot.Services.GetRequiredService<WriteGate>().EnterAsync())
        {
            db.Reports.Add(report);
            await db.SaveChangesAsync();
        }
        Ids[name] = report.Id;
    }

    static Measure Measure(string category, double quantity, string unit, string? item = null, bool approximate = false) =>
        new() { Category = category, Quantity = quantity, Unit = unit, Item = item, Approximate = approximate, Date = "" };

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        if (Directory.Exists(_photos)) Directory.Delete(_photos, recursive: true);
    }
}
