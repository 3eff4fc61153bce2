using CodiBot.Reports;
using CodiBot.Storage;
using CodiBot.Tests.Infrastructure;
using CodiBot.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CodiBot.Tests.Totals;

public sealed class TotalsRebuildTests
{
    static Report Stored(string code, ReportStatus status, params (string Category, string Unit, double Quantity)[] measures) => new()
    {
        Code = code, DialogId = "covid-response", AnswersJson = "{}", Date = "2020-03-27", SourceEventIdsJson = "[]", Status = status,
        Province = "พัทลุง", Region = "south", OrganisationId = 7,
        Measures = [.. measures.Select(m => new Measure { Category = m.Category, Unit = m.Unit, Quantity = m.Quantity, Date = "2020-03-27", Province = "พัทลุง", Region = "south", OrganisationId = 7 })],
    };

    [Fact]
    public async Task A_database_with_reports_from_before_running_totals_is_counted_once_on_upgrade()
    {
        var file = Path.Combine(Path.GetTempPath(), "codibot-tests", "upgrade-" + Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var old = new CodiBotDb(new DbContextOptionsBuilder<CodiBotDb>().UseSqlite($"Data Source={file}").Options))
        {
            // The schema as it was before the totals migration, holding two live reports and a withdrawn one.
            var before = old.Database.GetMigrations().Single(m => m.EndsWith("_DialogsReportsPeople"));
            await old.GetService<IMigrator>().MigrateAsync(before);
            old.Reports.AddRange(
                Stored("AAAAAA", ReportStatus.Active, ("mask_production", "ชิ้น", 500), ("mask_production", "ชิ้น", 200)),
                Stored("BBBBBB", ReportStatus.Active, ("mask_production", "ชิ้น", 300), ("food_relief", "กิโลกรัม", 40)),
                Stored("CCCCCC", ReportStatus.Withdrawn));
            await old.SaveChangesAsync();
        }

        await using (var bot = await TestBot.StartAsync(databasePath: file))
        {
            await using var scope = bot.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
            var day = new DateOnly(2020, 3, 27);
            var masks = await new TotalsReader().ReadAsync(db, new TotalsQuery(["mask_production"], Place.Region("south"), day, day), default);
            Assert.Equal(1000, Assert.Single(masks.Totals).Quantity);
            Assert.Equal(2, masks.Reports);
            Assert.Equal(1, masks.Organisations);
            var all = await new TotalsReader().ReadAsync(db, new TotalsQuery([], Place.Everywhere, day, day), default);
            Assert.Equal(2, all.Reports);
        }

        // A second start (nothing pending) does not count them again.
        await using (var again = await TestBot.StartAsync(databasePath: file))
            Assert.Equal(2, await again.ScalarAsync("SELECT Reports FROM running_totals WHERE Scope = 'all' AND Category = '*' AND Unit = '' AND Day = '2020-03-27'"));
    }
}
