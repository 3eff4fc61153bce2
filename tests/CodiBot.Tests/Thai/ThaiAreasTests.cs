using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class ThaiAreasTests
{
    [Fact]
    public void The_table_holds_every_province_and_thousands_of_subdistricts()
    {
        Assert.InRange(ThaiAreas.SubdistrictCount, 7_400, 7_600);
        Assert.All(Provinces.All, p => Assert.Equal([new Area(p.Thai, null, null)], ThaiAreas.Find("จ." + p.Thai)));
    }

    [Theory]
    [InlineData("ละงู", "สตูล", "ละงู", "ละงู")]
    [InlineData("ต.ชะโนดน้อย", "มุกดาหาร", "ดงหลวง", "ชะโนดน้อย")]
    [InlineData("ตำบลละแม อำเภอละแม", "ชุมพร", "ละแม", "ละแม")]
    [InlineData("หนองหลวง อ.เมือง จ.ตาก", "ตาก", "เมืองตาก", "หนองหลวง")]
    [InlineData("ต.หนองหลวง อ.เมืองตาก จ.ตาก", "ตาก", "เมืองตาก", "หนองหลวง")]
    [InlineData("แขวงคลองตัน เขตคลองเตย", "กรุงเทพมหานคร", "คลองเตย", "คลองตัน")]
    [InlineData("อ.หว้านใหญ่", "มุกดาหาร", "หว้านใหญ่", null)]
    [InlineData("หว้านใหญ่ มุกดาหาร", "มุกดาหาร", "หว้านใหญ่", "หว้านใหญ่")]
    public void A_name_is_worked_out_to_its_whole_place(string text, string province, string district, string? subdistrict) =>
        Assert.Equal([new Area(province, district, subdistrict)], ThaiAreas.Find(text));

    [Fact]
    public void A_shared_name_gives_every_place_and_an_unknown_one_none()
    {
        Assert.Equal(9, ThaiAreas.Find("หนองหลวง").Count);
        Assert.Empty(ThaiAreas.Find("แอตแลนติส"));
        Assert.Empty(ThaiAreas.Find("ต.ละงู อ.หว้านใหญ่")); // no such subdistrict in that district
    }

    [Fact]
    public void An_organisation_name_is_read_for_marked_places_only()
    {
        Assert.Equal([new Area("สตูล", "ละงู", "ละงู")], ThaiAreas.FindMarked("สภาองค์กรชุมชนตำบลละงู"));
        Assert.Equal([new Area("น่าน", null, null)], ThaiAreas.FindMarked("เครือข่ายสวัสดิการชุมชนจังหวัดน่าน"));
        Assert.Equal([new Area("สตูล", "ละงู", "ละงู")], ThaiAreas.FindMarked("เทศบาลตำบลละงู"));
        Assert.Empty(ThaiAreas.FindMarked("กลุ่มออมทรัพย์ละงู")); // an unmarked word in a name is not a place
    }

    [Fact]
    public void A_place_reads_back_the_way_Thais_write_it()
    {
        Assert.Equal("ต.ละงู อ.ละงู จ.สตูล", new Area("สตูล", "ละงู", "ละงู").Thai);
        Assert.Equal("แขวงคลองตัน เขตคลองเตย กรุงเทพมหานคร", new Area("กรุงเทพมหานคร", "คลองเตย", "คลองตัน").Thai);
        Assert.Equal("จ.น่าน", new Area("น่าน", null, null).Thai);
    }
}
