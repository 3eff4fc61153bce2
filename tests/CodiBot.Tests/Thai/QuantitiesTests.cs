using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class QuantitiesTests
{
    static string[] Read(string text) => QuantityText.Of(Quantities.Extract(text));

    [Theory]
    // domain.md §3 examples
    [InlineData("แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง", "5000 กิโลกรัม ข้าวสาร|2700 แผง ไข่ไก่")]
    [InlineData("ผลิตหน้ากากผ้าแจกประชาชน จำนวนกว่า 10,000 ชิ้น", "10000 ชิ้น หน้ากากผ้า ~")]
    [InlineData("จำนวน 800 ชิ้น จากเป้าหมาย 6,000 ชิ้น", "800 ชิ้น -|6000 ชิ้น - target")]
    [InlineData("ครอบครัวละ 1 แผง รวม 2,700 แผง", "2700 แผง -")]
    [InlineData("สบู่ฆ่าเชื้อ จำนวน 200 ก้อน", "200 ก้อน สบู่")]
    [InlineData("face shield … จำนวน 30 ชิ้น", "30 ชิ้น เฟซชิลด์")]
    [InlineData("พัดลม 100 ตัว", "100 ตัว พัดลม")]
    [InlineData("กีฟเซท จำนวน 61 คน", "61 คน กิฟต์เซ็ต")]
    [InlineData("ตั้งเป้าผลิต 1 ล้านชิ้นภายในเดือนเมษายน 2563", "1000000 ชิ้น - target")]
    [InlineData("จำนวน 12 ตำบล 18 จุด", "12 ตำบล -|18 จุด -")]
    [InlineData("32 ชุมชน 6 หมู่บ้าน 6,386 ครัวเรือน", "32 ชุมชน -|6 หมู่บ้าน -|6386 ครัวเรือน -")]
    [InlineData("14 องค์กร, 263.77 ล้านบาท, 42 ชุมชน, 1,073 ครัวเรือน", "14 องค์กร -|263770000 บาท -|42 ชุมชน -|1073 ครัวเรือน -")]
    [InlineData("9 สหกรณ์, 177.25 ล้านบาท", "9 สหกรณ์ -|177250000 บาท -")]
    [InlineData("ร้อยละ 6.09 ของ 2,679.9356 ล้านบาท", "2679935600 บาท -")]
    [InlineData("16,948,581,824.92 บาท", "16948581824.92 บาท -")]
    [InlineData("ประมาณ 480 กลุ่ม/องค์กร", "480 กลุ่ม - ~")]
    [InlineData("ประมาณ 50 ราย", "50 ราย - ~")]
    [InlineData("สภาองค์กรชุมชนตำบล 99 แห่ง", "99 แห่ง -")]
    [InlineData("ตื่นรู้สู้ภัย COVID-19 จำนวน 194 องค์กรชุมชน ใน 46 จังหวัด", "194 องค์กร -|46 จังหวัด -")]
    [InlineData("ผู้แทนกองทุน 10 กองทุน จาก 4 จังหวัด (กรุงเทพฯ นนทบุรี นครปฐม สระแก้ว)", "10 กองทุน -|4 จังหวัด -")]
    [InlineData("419 กองทุน, 292,685 ราย, 81,507,318 บาท", "419 กองทุน -|292685 ราย -|81507318 บาท -")]
    [InlineData("ออกอากาศ 30 ครั้ง 122 ข่าว", "30 ครั้ง -|122 ข่าว -")]
    // glued units, Thai digits, scale words
    [InlineData("1,073ครัวเรือน", "1073 ครัวเรือน -")]
    [InlineData("50,000ครัวเรือน", "50000 ครัวเรือน -")]
    [InlineData("แจกหน้ากาก๕๐๐ชิ้น", "500 ชิ้น หน้ากากอนามัย")]
    [InlineData("1 ล้านชิ้น", "1000000 ชิ้น -")]
    [InlineData("2 หมื่นบาท", "20000 บาท -")]
    [InlineData("5 พันกว่าชิ้น", "5000 ชิ้น - ~")]
    [InlineData("6 ล้านบาท", "6000000 บาท -")]
    [InlineData("งบ 1.5 ลบ.", "1500000 บาท -")]
    [InlineData("หน้ากากสองพันชิ้น", "2000 ชิ้น หน้ากากอนามัย")]
    [InlineData("แจกไข่ไก่ สามร้อย แผง", "300 แผง ไข่ไก่")]
    [InlineData("ข้าวสาร 50 โล", "50 กิโลกรัม ข้าวสาร")]
    [InlineData("น้ำดื่ม 20 แพ็ค", "20 แพ็ค น้ำดื่ม")]
    public void Reads_the_quantities_the_report_uses(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Read(text));

    [Theory]
    [InlineData("ระหว่างวันที่ 27 มีนาคม - 9 เมษายน 2563")]
    [InlineData("27 มี.ค. 63")]
    [InlineData("ณ 27 มี.ค.63")]
    [InlineData("22-23 กุมภาพันธ์ 2563")]
    [InlineData("27- 29 กุมภาพันธ์ 2563")]
    [InlineData("วันเสาร์ที่ 15 ก.พ. 2563")]
    [InlineData("1/4/2563")]
    [InlineData("27-3-2020 และ 2020-03-27")]
    [InlineData("ม.ค.-มี.ค.63")]
    [InlineData("ปีงบประมาณ พ.ศ.2563 (ต.ค.2562 - ก.ย. 2563)")]
    [InlineData("ปี 2563")]
    [InlineData("ปี 63")]
    [InlineData("เวลา 18.00 น.")]
    [InlineData("17.05-18.00 น.")]
    [InlineData("ตั้งแต่ 08.00-16.00 น.")]
    [InlineData("10:30")]
    [InlineData("บ่าย 2 โมง")]
    [InlineData("ร้อยละ 20")]
    [InlineData("ร้อยละ 481.61")]
    [InlineData("20%")]
    [InlineData("20 เปอร์เซ็นต์")]
    [InlineData("โทร 081-234-5678")]
    [InlineData("0812345678")]
    [InlineData("02 123 4567")]
    [InlineData("บ้านเลขที่ 12/3 หมู่ที่ 3")]
    [InlineData("หมู่ 5 ม.3 ซอย 7")]
    [InlineData("ครั้งที่ 3/2563")]
    [InlineData("การประชุมครั้งที่ 3")]
    [InlineData("งวดที่ 1")]
    [InlineData("ไตรมาส 2")]
    [InlineData("โควิด-19")]
    [InlineData("COVID – 19")]
    [InlineData("ศปก.โควิด-19 พอช.")]
    [InlineData("หน้ากาก N95")]
    [InlineData("พักชำระหนี้ 3 เดือน")]
    [InlineData("อายุ 60 ปี")]
    [InlineData("ประชุม 2 ชั่วโมง")]
    [InlineData("1) กองทุนสวัสดิการ 2) สภาองค์กรชุมชน")]
    [InlineData("กลุ่มตะวันออก 1")]
    [InlineData("ต.ละแม อ.ละแม จ.ชุมพร 86170")]
    [InlineData("FM 92.5")]
    [InlineData("ก.พ.ร. –/416/553")]
    [InlineData("เลขบัญชี 123-4-56789-0")]
    [InlineData("ดำเนินการเรียบร้อย สามารถแจกได้ทุกครัวเรือน")]
    [InlineData("จังหวัดร้อยเอ็ด")]
    public void Skips_numbers_that_count_nothing(string text) => Assert.Empty(Read(text));

    [Theory]
    [InlineData("แจกไข่ไก่ ครอบครัวละ 1 แผง รวม 2,700 แผง", "2700 แผง ไข่ไก่")]
    [InlineData("แจกคนละ 2 ชิ้น", "")]
    [InlineData("หน้ากาก 2 ชิ้นต่อคน", "")]
    [InlineData("ไข่ 1 แผง/ครอบครัว", "")]
    [InlineData("หลังละ 500 บาท รวม 10 หลัง", "10 ครัวเรือน -")]
    [InlineData("ภาคละ 100 ตำบล", "")]
    [InlineData("ข้าวสาร 5 กก. ต่อ 1 ครัวเรือน", "")]
    [InlineData("500 baht per household", "")]
    [InlineData("2 masks each", "")]
    [InlineData("แจกหน้ากาก 500 ชิ้น และเจล 20 ขวด", "500 ชิ้น หน้ากากอนามัย|20 ขวด เจลแอลกอฮอล์")] // และ is not a rate
    [InlineData("ติดต่อ 5 หน่วยงาน", "5 หน่วยงาน -")]                                           // ติดต่อ is not ต่อ
    [InlineData("ข้าวสาร 10 กระสอบๆละ 25 กิโล", "10 กระสอบ ข้าวสาร")]
    [InlineData("น้ำดื่ม 1,200 ขวด (600 ขวดต่อวัน)", "1200 ขวด น้ำดื่ม")]
    public void Per_unit_rates_are_not_totals(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Read(text));

    [Theory]
    [InlineData("ใช้งบประมาณ 50,000 บาท", "50000 บาท งบประมาณ")]
    [InlineData("ประมาณการ 300 ชิ้น", "300 ชิ้น -")]
    [InlineData("ผู้เข้าร่วมมากกว่าเดิม 200 คน", "200 คน ผู้เข้าร่วม")]
    [InlineData("ได้มากกว่า 500 คน", "500 คน - ~")]
    [InlineData("ราวๆ 300 ครัวเรือน", "300 ครัวเรือน - ~")]
    [InlineData("500 ชิ้นโดยประมาณ", "500 ชิ้น - ~")]
    [InlineData("เกือบ 1,000 ชิ้น", "1000 ชิ้น - ~")]
    [InlineData("1,000 กว่าคน", "1000 คน - ~")]
    [InlineData("มีผู้เข้าร่วม 200 คน", "200 คน ผู้เข้าร่วม")]
    [InlineData("ร่วม 300 คน", "300 คน - ~")]
    [InlineData("ที่พักชั่วคราว 20 หลัง", "20 ครัวเรือน -")]
    [InlineData("500-600 ชิ้น", "500 ชิ้น - ~")]
    [InlineData("500 ถึง 600 ชิ้น", "500 ชิ้น - ~")]
    [InlineData("9 ครั้งขึ้นไป", "9 ครั้ง - ~")]
    [InlineData("over 10,000 masks", "10000 - หน้ากากอนามัย ~")]
    [InlineData("handed over 500 masks", "500 - หน้ากากอนามัย")]
    public void Approximate_only_when_the_qualifier_touches_the_number(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Read(text));

    [Theory]
    [InlineData("ตั้งเป้า 10,000 ชิ้น", "10000 ชิ้น - target")]
    [InlineData("เป้าหมาย 6,000 ชิ้น", "6000 ชิ้น - target")]
    [InlineData("เป้าสะสม 394 ครัวเรือน", "394 ครัวเรือน - target")]
    [InlineData("ตั้งเป้าหมายผลิตหน้ากากผ้าแจกประชาชน 10,000 ชิ้น ผลิตได้แล้ว 4,500 ชิ้น", "10000 ชิ้น หน้ากากผ้า target|4500 ชิ้น หน้ากากผ้า")]
    [InlineData("ผลิตได้ 5,000 ชิ้น ตามเป้าหมาย", "5000 ชิ้น -")]
    [InlineData("แจกหน้ากากให้กลุ่มเป้าหมาย 500 คน", "500 คน หน้ากากอนามัย")]      // the target group was reached
    [InlineData("target of 20,000 masks", "20000 - หน้ากากอนามัย target")]
    public void Targets_are_marked(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Read(text));

    [Fact]
    public void Spans_point_into_the_normalized_text()
    {
        const string text = "แจกหน้ากาก  กว่า ๕๐๐ ชิ้น และไข่ไก่ 30 แผง";
        var normalized = ThaiText.Normalize(text);
        var spans = Quantities.Extract(text).Select(q => normalized.Substring(q.Start, q.Length)).ToArray();
        Assert.Equal(["กว่า 500 ชิ้น", "30 แผง"], spans);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("รณรงค์ให้ความรู้ ใส่แมส ล้างมือ เว้นระยะห่าง")]
    [InlineData("สภาองค์กรชุมชนตำบลสามพราน ร่วมกับ อบต.นาหมื่น")]
    public void Text_without_counts_gives_none(string? text) => Assert.Empty(Quantities.Extract(text));

    [Theory]
    [InlineData("2000", "2000 ชิ้น -")]
    [InlineData("2,000 ชิ้น", "2000 ชิ้น -")]
    [InlineData("๒,๐๐๐", "2000 ชิ้น -")]
    [InlineData("สองพันชิ้น", "2000 ชิ้น -")]
    [InlineData("สองพัน", "2000 ชิ้น -")]
    [InlineData("กว่า 500 กก.", "500 กิโลกรัม - ~")]
    [InlineData("50ลิตร", "50 ลิตร -")]
    [InlineData("ประมาณ ๓๐๐ ครัวเรือน", "300 ครัวเรือน - ~")]
    [InlineData("หน้ากาก 300 ชิ้นค่ะ", "300 ชิ้น หน้ากากอนามัย")]
    [InlineData("1.5 ตัน", "1.5 ตัน -")]
    [InlineData("ได้ 2 หมื่นบาทครับ", "20000 บาท -")]
    [InlineData("2,000 (สองพัน) ชิ้น", "2000 ชิ้น -")]
    [InlineData("โควิด-19 แจกไป 700", "700 ชิ้น -")]
    public void Answers_to_how_many(string text, string expected)
    {
        Assert.True(Quantities.TryParseAnswer(text, "ชิ้น", out var q));
        Assert.Equal(expected, QuantityText.Of(q));
    }

    [Theory]
    [InlineData("500", null, "500 - -")]
    [InlineData("500", "กก.", "500 กิโลกรัม -")]
    [InlineData("500", "ถุงผ้า", "500 ถุงผ้า -")]
    [InlineData("500 ขวด", "ลิตร", "500 ขวด -")]
    public void The_default_unit_applies_only_when_none_is_written(string text, string? defaultUnit, string expected)
    {
        Assert.True(Quantities.TryParseAnswer(text, defaultUnit, out var q));
        Assert.Equal(expected, QuantityText.Of(q));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ไม่ทราบ")]
    [InlineData("ยังไม่ได้นับ")]
    [InlineData("500 หรือ 600")]
    [InlineData("500-600 ชิ้น")]
    [InlineData("ไข่ 30 แผง ข้าว 5 กก.")]
    [InlineData("-20 ชิ้น")]
    [InlineData("2 ล้านล้านบาท")]
    public void Answers_without_one_number_are_refused(string? text) =>
        Assert.False(Quantities.TryParseAnswer(text, "ชิ้น", out _));
}
