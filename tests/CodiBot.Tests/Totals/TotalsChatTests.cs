using CodiBot.Tests.Infrastructure;
using CodiBot.Tests.Dialogs;
using CodiBot.Totals;

namespace CodiBot.Tests.Totals;

/// <summary>Reports sent, corrected and withdrawn by chat keep running_totals exact, as the reader answers them.</summary>
public sealed class TotalsChatTests(TotalsBot totals) : IClassFixture<TotalsBot>
{
    [Fact]
    public async Task Reports_corrections_and_withdrawals_through_chat_keep_the_totals_exact()
    {
        var bot = totals.Bot;
        var langu = new Chatter(bot);
        await langu.RegisterAsync("สภาองค์กรชุมชนตำบลละงู", "พัทลุง", "ใต้");
        var chana = new Chatter(bot);
        await chana.RegisterAsync("กองทุนสวัสดิการชุมชนตำบลจะนะ", "สงขลา", "ใต้");
        var nan = new Chatter(bot);
        await nan.RegisterAsync("สภาองค์กรชุมชนตำบลเมืองลี", "น่าน", "เหนือ");

        var (masks, day) = await totals.ReportAsync(langu, "แจกหน้ากากผ้า 500 ชิ้น");
        var (food, _) = await totals.ReportAsync(langu, "แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง");
        var (sewn, _) = await totals.ReportAsync(chana, "ผลิตหน้ากากผ้าแจกประชาชน จำนวนกว่า 10,000 ชิ้น");
        var (gel, _) = await totals.ReportAsync(nan, "แจกเจลแอลกอฮอล์ 7 ลิตร");
        Assert.All(new[] { food, sewn, gel }, c => Assert.NotEqual(masks, c));

        var country = await totals.ReadAsync(Place.Everywhere, day, day);
        Assert.Equal(4, country.Reports);
        Assert.Equal(3, country.Organisations);
        Assert.Equal(
            [
                new("food_relief", "กิโลกรัม", 5000, 0), new("food_relief", "แผง", 2700, 0), new("gel", "ลิตร", 7, 0),
                new("mask_distribution", "ชิ้น", 500, 0), new("mask_production", "ชิ้น", 10000, 10000),
            ],
            country.Totals);
        Assert.Equal([new("food_relief", 1), new("gel", 1), new("mask_distribution", 1), new("mask_production", 1)], country.PerCategory);
        Assert.Equal(3, await totals.ProvincesAsync(Place.Everywhere, day, day));
        Assert.Equal(2, await totals.ProvincesAsync(Place.Region("south"), day, day));
        Assert.Equal(0, await totals.ProvincesAsync(Place.Region("south"), day.AddDays(1), day.AddDays(30)));

        var south = await totals.ReadAsync(Place.Region("south"), day, day, "mask_distribution", "mask_production");
        Assert.Null(south.Reports); // two categories: per category instead
        Assert.Equal(2, south.Organisations);
        Assert.Equal([new("mask_distribution", 1), new("mask_production", 1)], south.PerCategory);

        Assert.Equal(["food_relief", "food_relief:ข้าวสาร", "food_relief:ไข่ไก่", "gel", "gel:เจลแอลกอฮอล์", "mask_distribution", "mask_distribution:หน้ากากผ้า", "mask_production", "mask_production:หน้ากากผ้า"],
            (await totals.CategoriesAsync()).Order(StringComparer.Ordinal));
        var rice = await totals.ReadAsync(Place.Province("พัทลุง"), day, day, "food_relief:ข้าวสาร");
        Assert.Equal([new UnitTotal("food_relief:ข้าวสาร", "กิโลกรัม", 5000, 0)], rice.Totals);
        Assert.Equal((1, 1), (rice.Reports, rice.Organisations));
        var own = await totals.ReadAsync(Place.Organisations([await totals.OrganisationOfAsync(langu)]), day, day);
        Assert.Equal((2, 1), (own.Reports, own.Organisations));
        Assert.Equal(0, (await totals.ReadAsync(Place.Province("พัทลุง"), day.AddDays(-7), day.AddDays(-1))).Reports);

        // A correction replaces the old figure; the report still counts once.
        await langu.SayAsync($"แก้ไข {masks}");
        await langu.SayAsync("แก้ 4");
        await langu.SayAsync("800 ชิ้น");
        Assert.Contains("บันทึกการแก้ไข", (await langu.SayAsync("ยืนยัน")).Text());
        var corrected = await totals.ReadAsync(Place.Region("south"), day, day, "mask_distribution");
        Assert.Equal([new UnitTotal("mask_distribution", "ชิ้น", 800, 0)], corrected.Totals);
        Assert.Equal((1, 1), (corrected.Reports, corrected.Organisations));

        // A withdrawal takes the report out everywhere, with its item rows.
        await langu.SayAsync($"ถอน {food}");
        Assert.Contains("ถอนรายงานแล้ว", (await langu.SayAsync("ถอนรายงาน")).Text());
        Assert.Equal(0, await bot.ScalarAsync("SELECT COUNT(*) FROM running_totals WHERE Category LIKE 'food_relief%'"));
        var after = await totals.ReadAsync(Place.Everywhere, day, day);
        Assert.Equal((3, 3), (after.Reports, after.Organisations));
        Assert.Equal(10807, after.Totals.Sum(t => t.Quantity));

        // Withdrawing the rest leaves no row behind: nothing counts zero reports.
        foreach (var (leader, code) in new[] { (langu, masks), (chana, sewn), (nan, gel) })
        {
            await leader.SayAsync($"ถอน {code}");
            await leader.SayAsync("ถอนรายงาน");
        }
        Assert.Equal(0, await bot.ScalarAsync("SELECT COUNT(*) FROM running_totals"));
        var none = await totals.ReadAsync(Place.Everywhere, day, day);
        Assert.Equal((0, 0, 0), (none.Reports, none.Organisations, none.Totals.Count));
        Assert.Equal(0, await totals.ProvincesAsync(Place.Everywhere, day, day));
    }
}
