using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class UnitsTests
{
    [Theory]
    [InlineData("ชิ้น", "ชิ้น")]
    [InlineData("อัน", "ชิ้น")]
    [InlineData("pcs", "ชิ้น")]
    [InlineData("Pieces", "ชิ้น")]
    [InlineData("ลิตร", "ลิตร")]
    [InlineData("ล.", "ลิตร")]
    [InlineData("L", "ลิตร")]
    [InlineData("litres", "ลิตร")]
    [InlineData("กิโลกรัม", "กิโลกรัม")]
    [InlineData("กิโล", "กิโลกรัม")]
    [InlineData("กก.", "กิโลกรัม")]
    [InlineData("กก", "กิโลกรัม")]
    [InlineData("ก.ก.", "กิโลกรัม")]
    [InlineData("kg", "กิโลกรัม")]
    [InlineData("KG", "กิโลกรัม")]
    [InlineData("ตัน", "ตัน")]
    [InlineData("แผง", "แผง")]
    [InlineData("ถาด", "แผง")]
    [InlineData("ถุง", "ถุง")]
    [InlineData("ชุด", "ชุด")]
    [InlineData("โหล", "โหล")]
    [InlineData("ก้อน", "ก้อน")]
    [InlineData("ขวด", "ขวด")]
    [InlineData("แกลลอน", "แกลลอน")]
    [InlineData("กล่อง", "กล่อง")]
    [InlineData("ตัว", "ตัว")]
    [InlineData("เครื่อง", "เครื่อง")]
    [InlineData("คน", "คน")]
    [InlineData("ท่าน", "คน")]
    [InlineData("people", "คน")]
    [InlineData("ราย", "ราย")]
    [InlineData("ครัวเรือน", "ครัวเรือน")]
    [InlineData("คร.", "ครัวเรือน")]
    [InlineData("ครอบครัว", "ครัวเรือน")]
    [InlineData("หลัง", "ครัวเรือน")]
    [InlineData("หลังคาเรือน", "ครัวเรือน")]
    [InlineData("households", "ครัวเรือน")]
    [InlineData("จุด", "จุด")]
    [InlineData("แห่ง", "แห่ง")]
    [InlineData("ศูนย์", "ศูนย์")]
    [InlineData("ตำบล", "ตำบล")]
    [InlineData("หมู่บ้าน", "หมู่บ้าน")]
    [InlineData("ชุมชน", "ชุมชน")]
    [InlineData("กองทุน", "กองทุน")]
    [InlineData("องค์กร", "องค์กร")]
    [InlineData("บาท", "บาท")]
    [InlineData("baht", "บาท")]
    [InlineData("ล้านบาท", "บาท")]
    [InlineData("ไร่", "ไร่")]
    [InlineData("ครั้ง", "ครั้ง")]
    [InlineData(" ๆ กก. ", null)]
    [InlineData(" กก. ", "กิโลกรัม")]
    [InlineData("xyz", null)]
    [InlineData("หน้ากาก", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Maps_written_units_to_one_canonical_unit(string? written, string? canonical) =>
        Assert.Equal(canonical, Units.Normalize(written));

    [Fact]
    public void Every_canonical_unit_maps_to_itself_and_has_an_English_name()
    {
        Assert.Equal(Units.All.Count, Units.All.Distinct().Count());
        foreach (var unit in Units.All)
        {
            Assert.Equal(unit, Units.Normalize(unit));
            Assert.NotEqual(unit, Units.English(unit));
        }
    }

    [Theory]
    [InlineData("ชิ้น", "pieces")]
    [InlineData("ลิตร", "litres")]
    [InlineData("กิโลกรัม", "kg")]
    [InlineData("แผง", "trays")]
    [InlineData("ถุง", "bags")]
    [InlineData("ชุด", "sets")]
    [InlineData("โหล", "dozen")]
    [InlineData("ก้อน", "bars")]
    [InlineData("คน", "people")]
    [InlineData("ครัวเรือน", "households")]
    [InlineData("จุด", "points")]
    [InlineData("บาท", "baht")]
    [InlineData("ไม่รู้จัก", "ไม่รู้จัก")]
    public void English_names(string canonical, string english) => Assert.Equal(english, Units.English(canonical));

    [Fact]
    public void The_units_the_domain_names_are_all_there()
    {
        string[] needed = ["ชิ้น", "ลิตร", "กิโลกรัม", "ตัน", "แผง", "ถุง", "ชุด", "โหล", "ก้อน", "ขวด", "แกลลอน", "กล่อง", "ตัว", "เครื่อง",
            "คน", "ราย", "ครัวเรือน", "จุด", "แห่ง", "ศูนย์", "ตำบล", "หมู่บ้าน", "ชุมชน", "กองทุน", "องค์กร", "บาท", "ไร่", "ครั้ง"];
        Assert.Empty(needed.Except(Units.All));
    }
}
