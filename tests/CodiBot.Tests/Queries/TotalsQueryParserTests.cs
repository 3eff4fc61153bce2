using CodiBot.Dialogs;
using CodiBot.Queries;
using CodiBot.Totals;

namespace CodiBot.Tests.Queries;

/// <summary>Totals questions as people write them, read at a fixed "today" (Thursday 9 Apr 2020, fiscal year 2563).</summary>
public sealed class TotalsQueryParserTests
{
    internal static readonly DialogCatalog Catalog = DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
    static readonly TotalsQueryParser Parser = new(new TotalsVocabulary(Catalog));
    static readonly DateOnly Today = new(2020, 4, 9);
    static readonly DateOnly FiscalStart = new(2019, 10, 1);
    static readonly OrganisationName[] Organisations =
    [
        new(1, "สภาองค์กรชุมชนตำบลละแม"), new(2, "กองทุนสวัสดิการชุมชนตำบลชะโนดน้อย"), new(3, "เครือข่ายสวัสดิการชุมชนจังหวัดพัทลุง"),
    ];

    const string Masks = "mask_production,mask_distribution";
    const string BaanPorPiang = "baan_por_piang.households_completed,baan_por_piang.households_building,baan_por_piang.households_approved,baan_por_piang.budget";

    [Theory]
    // The issue's own examples.
    [InlineData("ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", Masks, "region:south", "2020-04-06", "2020-04-09")]
    [InlineData("ยอดข้าวสาร จ.พัทลุง", "food_relief:ข้าวสาร", "province:พัทลุง", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดทั้งหมด วันนี้", "", "all", "2020-04-09", "2020-04-09")]
    [InlineData("ยอดเจล ตั้งแต่ 1 เม.ย. 63 ถึง 9 เม.ย. 63", "gel", "all", "2020-04-01", "2020-04-09")]
    [InlineData("บ้านพอเพียง ไตรมาส 2 ปีงบ 63", BaanPorPiang, "all", "2020-01-01", "2020-03-31")]
    // Spacing, particles, questions, Thai digits.
    [InlineData("ยอดหน้ากากภาคใต้เท่าไหร่คะ", Masks, "region:south", "2019-10-01", "2020-04-09")]
    [InlineData("  ดูยอด   หน้ากาก  ใต้  ครับ ", Masks, "region:south", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดหน้ากาก ๗ วันที่ผ่านมา", Masks, "all", "2020-04-03", "2020-04-09")]
    [InlineData("ยอดรวมเจล ๑-๙ เม.ย. ๖๓", "gel", "all", "2020-04-01", "2020-04-09")]
    [InlineData("ยอดแมส อีสาน เมื่อวานนี้", Masks, "region:northeast", "2020-04-08", "2020-04-08")]
    [InlineData("ยอดไข่ เมื่อวาน", "food_relief:ไข่ไก่", "all", "2020-04-08", "2020-04-08")]
    [InlineData("ยอดอาหาร เดือนนี้", "food_relief", "all", "2020-04-01", "2020-04-09")]
    [InlineData("ยอดจุดคัดกรอง เดือนที่แล้ว", "screening_point", "all", "2020-03-01", "2020-03-31")]
    [InlineData("ยอดเงินบริจาค เดือน มี.ค. 63", "money", "all", "2020-03-01", "2020-03-31")]
    [InlineData("ยอดหน้ากาก ไตรมาสนี้", Masks, "all", "2020-04-01", "2020-04-09")]
    [InlineData("ยอดรวม ปีงบนี้", "", "all", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดหน้ากาก ปีงบ 62", Masks, "all", "2018-10-01", "2019-09-30")]
    [InlineData("ยอดแจกหน้ากาก สัปดาห์ที่แล้ว", "mask_distribution", "all", "2020-03-30", "2020-04-05")]
    [InlineData("ยอด ผลิตหน้ากาก ภาคเหนือ", "mask_production", "region:north", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดหน้ากากที่แจก จ.สงขลา", "mask_distribution", "province:สงขลา", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดแจกข้าวสาร ภาคใต้", "food_relief:ข้าวสาร", "region:south", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดหน้ากาก 27 มี.ค. - 9 เม.ย. 63", Masks, "all", "2020-03-27", "2020-04-09")]
    [InlineData("ยอดหน้ากาก ตั้งแต่ 1 เม.ย.", Masks, "all", "2020-04-01", "2020-04-09")]
    [InlineData("ยอดหน้ากาก 27 มี.ค. 63", Masks, "all", "2020-03-27", "2020-03-27")]
    [InlineData("ยอดน้ำดื่ม ภาคกลางและตะวันตก", "food_relief:น้ำดื่ม", "region:central_west", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดกักตัว จังหวัดสตูล ปี 2563", "quarantine_site", "province:สตูล", "2020-01-01", "2020-04-09")]
    [InlineData("ยอดบ้านพอเพียง อนุมัติ ปีงบ 63", "baan_por_piang.households_approved", "all", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดหน้ากาก กทม ไตรมาสที่แล้ว", Masks, "province:กรุงเทพมหานคร", "2020-01-01", "2020-03-31")]
    // Organisations by name, whole or in part.
    [InlineData("ยอดหน้ากาก สภาองค์กรชุมชนตำบลละแม วันนี้", Masks, "org:1", "2020-04-09", "2020-04-09")]
    [InlineData("ยอดหน้ากาก ต.ละแม", Masks, "org:1", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดทั้งหมด ชะโนดน้อย", "", "org:2", "2019-10-01", "2020-04-09")]
    [InlineData("ยอดเครือข่ายสวัสดิการชุมชนจังหวัดพัทลุง สัปดาห์นี้", "", "org:3", "2020-04-06", "2020-04-09")]
    // English.
    [InlineData("masks south this week", Masks, "region:south", "2020-04-06", "2020-04-09")]
    [InlineData("total rice in Phatthalung", "food_relief:ข้าวสาร", "province:พัทลุง", "2019-10-01", "2020-04-09")]
    [InlineData("totals today", "", "all", "2020-04-09", "2020-04-09")]
    [InlineData("gel in the northeast last month", "gel", "region:northeast", "2020-03-01", "2020-03-31")]
    [InlineData("how many masks in Songkhla this month?", Masks, "province:สงขลา", "2020-04-01", "2020-04-09")]
    [InlineData("eggs yesterday", "food_relief:ไข่ไก่", "all", "2020-04-08", "2020-04-08")]
    [InlineData("total money Q2 FY63", "money", "all", "2020-01-01", "2020-03-31")]
    [InlineData("masks from 1 Apr 2020 to 5 Apr 2020", Masks, "all", "2020-04-01", "2020-04-05")]
    [InlineData("masks handed out in the last 3 days", "mask_distribution", "all", "2020-04-07", "2020-04-09")]
    public void Reads_what_where_and_when(string text, string categories, string place, string from, string to)
    {
        var q = Parser.Parse(text, Today, FiscalStart, Organisations);

        Assert.True(q.Understood, $"left over: '{q.Unknown}'");
        Assert.Equal(categories, string.Join(",", q.Categories));
        Assert.Equal(place, Describe(q.Place));
        Assert.Equal(DateOnly.Parse(from), q.Query.From);
        Assert.Equal(DateOnly.Parse(to), q.Query.To);
    }

    [Theory]
    [InlineData("ยอดหน้ากาก ภาคพายัพ", "ภาคพายัพ")]
    [InlineData("ยอดหน้ากาก ไตรมาส 5", "ไตรมาส 5")]
    [InlineData("แจกหน้ากาก 500 ชิ้น", "500 ชิ้น")]
    [InlineData("ยอดเยี่ยมมาก", "เยี่ยมมาก")]
    [InlineData("ยอดหน้ากาก ภาคใต้ ภาคเหนือ", "ภาคเหนือ")]
    public void Leaves_what_it_does_not_understand(string text, string unknown)
    {
        var q = Parser.Parse(text, Today, FiscalStart, Organisations);

        Assert.False(q.Understood);
        Assert.Equal(unknown, q.Unknown);
    }

    [Fact]
    public void An_impossible_date_is_a_bad_period_not_a_guess()
    {
        var q = Parser.Parse("ยอดหน้ากาก 31 ก.พ. 63", Today, FiscalStart, Organisations);

        Assert.True(q.BadPeriod);
        Assert.False(q.Understood);
    }

    [Theory]
    [InlineData("ยอดหน้ากาก", TotalsAsk.Strong, false)]
    [InlineData("รวมหน้ากาก ภาคใต้", TotalsAsk.Weak, false)]
    [InlineData("หน้ากาก ภาคใต้ วันนี้", TotalsAsk.None, false)]
    [InlineData("แจกหน้ากาก ภาคใต้ วันนี้", TotalsAsk.None, true)]
    [InlineData("ยอดเยี่ยม", TotalsAsk.None, false)]
    public void Tells_an_outright_question_from_a_possible_report(string text, TotalsAsk ask, bool startsWithActivity)
    {
        var q = Parser.Parse(text, Today, FiscalStart, Organisations);

        Assert.Equal(ask, q.Ask);
        Assert.Equal(startsWithActivity, q.StartsWithActivity);
    }

    [Fact]
    public void The_default_period_is_the_cumulative_one_it_is_given()
    {
        var q = Parser.Parse("ยอดหน้ากาก", Today, new DateOnly(2020, 3, 1), Organisations);

        Assert.Equal(PeriodKind.Cumulative, q.Period.Kind);
        Assert.Equal(new DateOnly(2020, 3, 1), q.Query.From);
        Assert.False(q.NamedPeriod);
    }

    [Fact]
    public void A_period_that_has_not_begun_is_kept_whole()
    {
        var q = Parser.Parse("ยอดหน้ากาก ไตรมาส 4", Today, FiscalStart, Organisations);

        Assert.Equal(new DateOnly(2020, 7, 1), q.Query.From);
        Assert.Equal(new DateOnly(2020, 9, 30), q.Query.To);
    }

    static string Describe(Place p) => p.Kind switch
    {
        PlaceKind.Region => "region:" + p.Id,
        PlaceKind.Province => "province:" + p.Id,
        PlaceKind.Organisations => "org:" + string.Join(",", p.OrganisationIds!),
        _ => "all",
    };
}
