using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class RegionsTests
{
    [Theory]
    [InlineData(Region.North, "ภาคเหนือ", "เหนือ", "north")]
    [InlineData(Region.Northeast, "ภาคตะวันออกเฉียงเหนือ", "อีสาน", "northeast")]
    [InlineData(Region.South, "ภาคใต้", "ใต้", "south")]
    [InlineData(Region.CentralWest, "ภาคกลางและตะวันตก", "กลาง/ตะวันตก", "central_west")]
    [InlineData(Region.BangkokEast, "ภาคกรุงเทพฯ ปริมณฑลและตะวันออก", "กทม./ตะวันออก", "bangkok_east")]
    public void Names(Region region, string thai, string shortName, string id)
    {
        Assert.Equal(thai, Regions.Thai(region));
        Assert.Equal(shortName, Regions.Short(region));
        Assert.Equal(id, Regions.Id(region));
        Assert.InRange(Regions.Short(region).Length, 1, 20);
        Assert.False(string.IsNullOrWhiteSpace(Regions.English(region)));
    }

    [Fact]
    public void Every_name_of_every_region_reads_back_to_it()
    {
        foreach (var region in Enum.GetValues<Region>())
            foreach (var name in new[] { Regions.Thai(region), Regions.Short(region), Regions.English(region), Regions.Id(region) })
            {
                Assert.True(Regions.TryParse(name, out var parsed), name);
                Assert.Equal(region, parsed);
            }
    }

    [Theory]
    [InlineData("ภาคเหนือ", Region.North)]
    [InlineData("เหนือ", Region.North)]
    [InlineData("สำนักงานภาคเหนือ", Region.North)]
    [InlineData("Northern region", Region.North)]
    [InlineData("ภาคตะวันออกเฉียงเหนือ", Region.Northeast)]
    [InlineData("อีสาน", Region.Northeast)]
    [InlineData("ภาคอีสาน", Region.Northeast)]
    [InlineData("ภาคอิสาน", Region.Northeast)]
    [InlineData("Isan", Region.Northeast)]
    [InlineData("north-east", Region.Northeast)]
    [InlineData("ภาคใต้", Region.South)]
    [InlineData("ใต้", Region.South)]
    [InlineData("สำนักงานภาคใต้", Region.South)]
    [InlineData("ภาคใต้ชายแดน", Region.South)]
    [InlineData("ภาคใต้ค่ะ", Region.South)]
    [InlineData("South", Region.South)]
    [InlineData("ภาคกลางและตะวันตก", Region.CentralWest)]
    [InlineData("กลาง/ตะวันตก", Region.CentralWest)]
    [InlineData("สนง.ภาคกลางและตะวันตก", Region.CentralWest)]
    [InlineData("สำนักงานภาคกลางและตะวันตก", Region.CentralWest)]
    [InlineData("ภาคกลาง", Region.CentralWest)]
    [InlineData("ภาคตะวันตก", Region.CentralWest)]
    [InlineData("central and west", Region.CentralWest)]
    [InlineData("ภาคกรุงเทพฯ ปริมณฑลและตะวันออก", Region.BangkokEast)]
    [InlineData("ภาคกรุงเทพฯ ปริมณฑลและ ตะวันออก", Region.BangkokEast)]
    [InlineData("กทม./ตะวันออก", Region.BangkokEast)]
    [InlineData("สำนักงานภาคกรุงเทพฯ และตะวันออก", Region.BangkokEast)]
    [InlineData("ภาคกรุงเทพฯ", Region.BangkokEast)]
    [InlineData("ภาคตะวันออก", Region.BangkokEast)]
    [InlineData("กทม", Region.BangkokEast)]
    [InlineData("BANGKOK_EAST", Region.BangkokEast)]
    [InlineData("Bangkok and East", Region.BangkokEast)]
    public void Reads_every_form_the_report_uses(string text, Region expected)
    {
        Assert.True(Regions.TryParse(text, out var region));
        Assert.Equal(expected, region);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ภาคี")]
    [InlineData("ภาค")]
    [InlineData("ส่วนกลาง")]
    [InlineData("ภาคเหนือและภาคใต้")]
    [InlineData("ใต้ถุนบ้าน")]
    [InlineData("พัทลุง")]
    public void Refuses_what_is_not_one_region(string? text) => Assert.False(Regions.TryParse(text, out _));

    [Theory]
    [InlineData("ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", "South")]
    [InlineData("ขอยอดภาคอีสานกับภาคเหนือ", "Northeast,North")]
    [InlineData("ภาคตะวันออกเฉียงเหนือ และภาคกลาง", "Northeast,CentralWest")]
    [InlineData("ศปก.พชช.โควิด-19 ภาคอีสาน", "Northeast")]
    [InlineData("สรุป กทม./ตะวันออก และ กลาง/ตะวันตก", "BangkokEast,CentralWest")]
    [InlineData("กลุ่มตะวันออก 1", "BangkokEast")]
    [InlineData("ภาคใต้ ภาคใต้ ภาคใต้", "South")]
    [InlineData("totals for the northeast region", "Northeast")]
    [InlineData("อยู่ใต้ถุนบ้าน เหนือหัว ตรงกลาง", "")]          // ordinary words, no ภาค
    [InlineData("ภาคีเครือข่ายภาคเอกชน", "")]
    [InlineData("สำนักงานภาค 5 ภาค", "")]
    public void Finds_regions_in_free_text(string text, string expected) =>
        Assert.Equal(expected, string.Join(",", Regions.FindIn(text)));
}
