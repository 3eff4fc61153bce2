using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class ProvincesTests
{
    [Fact]
    public void All_77_provinces_with_Bangkok_and_unique_names()
    {
        Assert.Equal(77, Provinces.All.Count);
        Assert.Contains(Provinces.All, p => p.Thai == "กรุงเทพมหานคร");
        Assert.Equal(77, Provinces.All.Select(p => p.Thai).Distinct().Count());
        Assert.Equal(77, Provinces.All.Select(p => p.English).Distinct().Count());
    }

    [Theory]
    [InlineData(Region.North, 17)]
    [InlineData(Region.Northeast, 20)]
    [InlineData(Region.South, 14)]
    [InlineData(Region.BangkokEast, 12)]
    [InlineData(Region.CentralWest, 14)]
    public void Default_offices_split_the_country(Region region, int count) =>
        Assert.Equal(count, Provinces.All.Count(p => p.Region == region));

    [Theory]
    [InlineData("กรุงเทพมหานคร", Region.BangkokEast)]
    [InlineData("นนทบุรี", Region.BangkokEast)]
    [InlineData("สมุทรปราการ", Region.BangkokEast)]
    [InlineData("สระแก้ว", Region.BangkokEast)]
    [InlineData("นครปฐม", Region.CentralWest)]
    [InlineData("สุพรรณบุรี", Region.CentralWest)]
    [InlineData("พระนครศรีอยุธยา", Region.CentralWest)]
    [InlineData("น่าน", Region.North)]
    [InlineData("ตาก", Region.North)]
    [InlineData("เลย", Region.Northeast)]
    [InlineData("บึงกาฬ", Region.Northeast)]
    [InlineData("สตูล", Region.South)]
    [InlineData("ชุมพร", Region.South)]
    public void Sample_of_default_offices(string thai, Region region) =>
        Assert.Equal(region, Provinces.All.Single(p => p.Thai == thai).Region);

    [Fact]
    public void Every_province_is_found_by_its_Thai_and_English_name_with_and_without_a_prefix()
    {
        foreach (var p in Provinces.All)
        {
            Assert.Equal(p, Provinces.Find(p.Thai));
            Assert.Equal(p, Provinces.Find("จังหวัด" + p.Thai));
            Assert.Equal(p, Provinces.Find("จ." + p.Thai));
            Assert.Equal(p, Provinces.Find(p.English));
            Assert.Equal(p, Provinces.Find(p.English.ToUpperInvariant().Replace(" ", "")));
        }
    }

    [Theory]
    [InlineData("จ.พัทลุง", "พัทลุง")]
    [InlineData("จังหวัดพัทลุง", "พัทลุง")]
    [InlineData("จังหวัด พัทลุง", "พัทลุง")]
    [InlineData("พัทลุง", "พัทลุง")]
    [InlineData(" พัทลุงครับ ", "พัทลุง")]
    [InlineData("Phatthalung", "พัทลุง")]
    [InlineData("phatthalung province", "พัทลุง")]
    [InlineData("กทม.", "กรุงเทพมหานคร")]
    [InlineData("กทม", "กรุงเทพมหานคร")]
    [InlineData("กรุงเทพฯ", "กรุงเทพมหานคร")]
    [InlineData("กรุงเทพ", "กรุงเทพมหานคร")]
    [InlineData("BKK", "กรุงเทพมหานคร")]
    [InlineData("โคราช", "นครราชสีมา")]
    [InlineData("Korat", "นครราชสีมา")]
    [InlineData("อยุธยา", "พระนครศรีอยุธยา")]
    [InlineData("Ayutthaya", "พระนครศรีอยุธยา")]
    [InlineData("นครศรีฯ", "นครศรีธรรมราช")]
    [InlineData("สุราษ", "สุราษฎร์ธานี")]
    [InlineData("อุบล", "อุบลราชธานี")]
    [InlineData("ปากน้ำ", "สมุทรปราการ")]
    [InlineData("แปดริ้ว", "ฉะเชิงเทรา")]
    [InlineData("ร้อยเอ็ด", "ร้อยเอ็ด")]
    [InlineData("เลย", "เลย")]
    [InlineData("ตาก", "ตาก")]
    [InlineData("แพร่", "แพร่")]
    [InlineData("อยู่ อ.เมือง จ.กาญจนบุรี", "กาญจนบุรี")]
    public void Finds_names_aliases_and_English(string text, string expected) =>
        Assert.Equal(expected, Provinces.Find(text)?.Thai);

    [Theory]
    [InlineData("พัทลง", "พัทลุง")]                  // vowel missing
    [InlineData("พัททลุง", "พัทลุง")]                // letter doubled
    [InlineData("พทัลุง", "พัทลุง")]                  // vowel and letter swapped
    [InlineData("นครศรีธรรมรา", "นครศรีธรรมราช")]     // last letter missing
    [InlineData("นครศรีธรรมราด", "นครศรีธรรมราช")]
    [InlineData("สุราษฎร์ธานี", "สุราษฎร์ธานี")]
    [InlineData("สุราษฏร์ธานี", "สุราษฎร์ธานี")]     // ฏ for ฎ
    [InlineData("สุราษฐ์ธานี", "สุราษฎร์ธานี")]
    [InlineData("สุราษฎ์ธานี", "สุราษฎร์ธานี")]
    [InlineData("ลพบุรี", "ลพบุรี")]
    [InlineData("ลพบูรี", "ลพบุรี")]
    [InlineData("เชียงไหม่", "เชียงใหม่")]           // ไ for ใ and an extra ห
    [InlineData("เชียงใหม", "เชียงใหม่")]             // tone mark missing
    [InlineData("ศรีษะเกษ", "ศรีสะเกษ")]
    [InlineData("ศรีสะเกศ", "ศรีสะเกษ")]
    [InlineData("กาฬสินธ์", "กาฬสินธุ์")]
    [InlineData("บุรีรัม", "บุรีรัมย์")]
    [InlineData("อุบลราชธาณี", "อุบลราชธานี")]
    [InlineData("สมุทสาคร", "สมุทรสาคร")]
    [InlineData("ประจวบคีรีขัน", "ประจวบคีรีขันธ์")]
    [InlineData("Chiangmai", "เชียงใหม่")]
    [InlineData("Chang Mai", "เชียงใหม่")]
    [InlineData("Phattalung", "พัทลุง")]
    [InlineData("Nakhon Si Thamarat", "นครศรีธรรมราช")]
    public void Forgives_a_slip_or_two(string text, string expected) =>
        Assert.Equal(expected, Provinces.Find(text)?.Thai);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("นคร")]                               // นครปฐม, นครพนม, ... ?
    [InlineData("เชียง")]                              // เชียงใหม่ or เชียงราย
    [InlineData("สมุทร")]
    [InlineData("ตราง")]                              // one slip from both ตรัง and ตราด
    [InlineData("ตก")]                                // short names take no slips
    [InlineData("แพร่ระบาด")]
    [InlineData("ภาคใต้")]
    [InlineData("พัทลุง สงขลา")]
    [InlineData("ไม่ทราบครับ")]
    public void Refuses_what_is_far_or_ambiguous(string? text) => Assert.Null(Provinces.Find(text));

    [Theory]
    [InlineData("ตราง", "ตรัง,ตราด")]
    [InlineData("นคร", "นครนายก,นครปฐม,นครพนม")]
    [InlineData("เชียง", "เชียงราย,เชียงใหม่")]
    [InlineData("พัทลง", "พัทลุง")]
    public void Suggests_the_closest_names(string text, string expected) =>
        Assert.StartsWith(expected, string.Join(",", Provinces.Suggest(text).Select(p => p.Thai)));

    [Fact]
    public void Suggestions_respect_the_limit()
    {
        Assert.Single(Provinces.Suggest("นคร", 1));
        Assert.Empty(Provinces.Suggest("นคร", 0));
        Assert.Empty(Provinces.Suggest(""));
        Assert.Empty(Provinces.Suggest("qqqqqqqqqq"));
    }

    [Theory]
    [InlineData("สถานการณ์โควิดแพร่ระบาดหนัก", "")]
    [InlineData("เผยแพร่ข้อมูลผ่าน Line", "")]
    [InlineData("จังหวัดแพร่ แพร่ระบาด", "แพร่")]
    [InlineData("จ.แพร่", "แพร่")]
    [InlineData("ไปเลย ตากแดด ไม่เลยเถิด", "")]
    [InlineData("จังหวัดเลย จ.ตาก", "เลย,ตาก")]
    [InlineData("ส่งของไป เลย และ ตาก", "เลย,ตาก")]       // standing alone between spaces
    [InlineData("ขอนแก่น และ ปทุมธานี", "ขอนแก่น,ปทุมธานี")]
    [InlineData("ต.แก่งเสี้ยน อ.เมือง จ.กาญจนบุรี", "กาญจนบุรี")]
    [InlineData("ต.เมืองลี อ.นาหมื่น จ.น่าน", "น่าน")]
    [InlineData("น่านน้ำไทย", "")]
    [InlineData("(กรุงเทพฯ นนทบุรี นครปฐม สระแก้ว)", "กรุงเทพมหานคร,นนทบุรี,นครปฐม,สระแก้ว")]
    [InlineData("สงขลาและพัทลุง", "สงขลา,พัทลุง")]
    [InlineData("อำเภอเมืองพัทลุง", "พัทลุง")]
    [InlineData("อ.เมืองเลย และ อ.เมืองน่าน", "เลย,น่าน")]
    [InlineData("กองทุนสวัสดิการชุมชนเทศบาลนครภูเก็ต", "ภูเก็ต")]
    [InlineData("<b>จังหวัดภูเก็ต</b> 1) กองทุน", "ภูเก็ต")]
    [InlineData("กทม./ตะวันออก", "")]                    // the region, not Bangkok
    [InlineData("ภาคกรุงเทพฯ ปริมณฑลและตะวันออก", "")]
    [InlineData("ผู้แทนจาก กทม. และโคราช", "กรุงเทพมหานคร,นครราชสีมา")]
    [InlineData("Phatthalung and Songkhla", "พัทลุง,สงขลา")]
    [InlineData("จ.พัทลุง จังหวัดพัทลุง", "พัทลุง")]
    [InlineData("จังหวัดร้อยเอ็ด", "ร้อยเอ็ด")]
    [InlineData("หน้ากากเรียบร้อยเอ็ดชิ้น", "")]
    public void Finds_provinces_in_free_text_only_on_word_edges(string text, string expected) =>
        Assert.Equal(expected, string.Join(",", Provinces.FindIn(text).Select(p => p.Thai)));
}
