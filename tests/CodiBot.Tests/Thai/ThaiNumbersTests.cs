using System.Globalization;
using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class ThaiNumbersTests
{
    [Theory]
    [InlineData("2000", "2000")]
    [InlineData("2,000", "2000")]
    [InlineData("๒๐๐๐", "2000")]
    [InlineData("๒,๐๐๐", "2000")]
    [InlineData(" 2,000 ", "2000")]
    [InlineData("0", "0")]
    [InlineData("5,749,604", "5749604")]
    [InlineData("16,948,581,824.92", "16948581824.92")]
    [InlineData("7.5", "7.5")]
    [InlineData("2 พัน", "2000")]
    [InlineData("2พัน", "2000")]
    [InlineData("1.5 ล้าน", "1500000")]
    [InlineData("177.25 ล้าน", "177250000")]
    [InlineData("2,679.9356 ล้าน", "2679935600")]
    [InlineData("3 แสน", "300000")]
    [InlineData("2 หมื่น", "20000")]
    [InlineData("5 ร้อย", "500")]
    [InlineData("2 พัน 5 ร้อย", "2500")]
    [InlineData("1 แสนล้าน", "100000000000")]
    [InlineData("10k", "10000")]
    [InlineData("1.5M", "1500000")]
    [InlineData("2 thousand", "2000")]
    [InlineData("1.2 million", "1200000")]
    [InlineData("หนึ่ง", "1")]
    [InlineData("สามสิบ", "30")]
    [InlineData("สิบเอ็ด", "11")]
    [InlineData("ยี่สิบ", "20")]
    [InlineData("ยี่สิบเอ็ด", "21")]
    [InlineData("ร้อยเอ็ด", "101")]
    [InlineData("ร้อยนึง", "101")]
    [InlineData("ห้าร้อย", "500")]
    [InlineData("สองพันห้าร้อย", "2500")]
    [InlineData("สอง พัน", "2000")]
    [InlineData("หมื่น", "10000")]
    [InlineData("หนึ่งแสนสองหมื่น", "120000")]
    [InlineData("สามล้าน", "3000000")]
    [InlineData("สองล้านห้าแสน", "2500000")]
    [InlineData("ล้านห้าแสน", "1500000")]
    [InlineData("พันครึ่ง", "1500")]
    [InlineData("สองพันครึ่ง", "2500")]
    [InlineData("ล้านครึ่ง", "1500000")]
    [InlineData("เก้าพันเก้าร้อยเก้าสิบเก้า", "9999")]
    [InlineData("500 ครับ", "500")]
    [InlineData("ได้ 500 ค่ะ", "500")]
    [InlineData("2,000 (สองพัน)", "2000")]      // the same number twice is still one answer
    [InlineData("1,000,000,000,000", "1000000000000")]
    public void Reads_one_number(string text, string expected)
    {
        Assert.True(ThaiNumbers.TryParse(text, out var value, out var approximate));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.False(approximate);
    }

    [Theory]
    [InlineData("กว่า 10,000", "10000")]
    [InlineData("10,000 กว่า", "10000")]
    [InlineData("10,000กว่า", "10000")]
    [InlineData("หมื่นกว่า", "10000")]
    [InlineData("สามพันกว่าๆ", "3000")]
    [InlineData("จำนวนกว่า 5,000", "5000")]
    [InlineData("ประมาณ 50", "50")]
    [InlineData("ประมาณ50", "50")]
    [InlineData("โดยประมาณ 50", "50")]
    [InlineData("500 โดยประมาณ", "500")]
    [InlineData("ราวๆ 300", "300")]
    [InlineData("ราว ๆ 300", "300")]
    [InlineData("ราว 300", "300")]
    [InlineData("เกือบ 1,000", "1000")]
    [InlineData("ร่วม 200", "200")]
    [InlineData("ไม่ต่ำกว่า 300", "300")]
    [InlineData("ไม่น้อยกว่า 3", "3")]
    [InlineData("มากกว่า 500", "500")]
    [InlineData("เกินกว่า 500", "500")]
    [InlineData("อย่างน้อย 20", "20")]
    [InlineData("500 ขึ้นไป", "500")]
    [InlineData("500+", "500")]
    [InlineData("500 เศษ", "500")]
    [InlineData("about 50", "50")]
    [InlineData("more than 1,000", "1000")]
    [InlineData("~300", "300")]
    [InlineData("ประมาณ ๓๐๐", "300")]
    public void Qualifiers_next_to_the_number_make_it_approximate(string text, string expected)
    {
        Assert.True(ThaiNumbers.TryParse(text, out var value, out var approximate));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.True(approximate);
    }

    [Theory]
    [InlineData("งบประมาณ 50,000", "50000")]        // budget, not "about"
    [InlineData("งบประมาณ50,000", "50000")]
    [InlineData("ประมาณการ 500", "500")]           // estimate (noun)
    [InlineData("มากกว่าเดิม 500", "500")]          // more than before: compares something else
    [InlineData("สูงกว่าเป้า 500", "500")]
    [InlineData("เข้าร่วม 200", "200")]            // took part
    [InlineData("ชั่วคราว 20", "20")]              // temporary, ends in ราว
    [InlineData("handed over 500", "500")]
    public void Words_that_only_contain_a_qualifier_do_not(string text, string expected)
    {
        Assert.True(ThaiNumbers.TryParse(text, out var value, out var approximate));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.False(approximate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ไม่มี")]
    [InlineData("ไม่ทราบครับ")]
    [InlineData("-5")]
    [InlineData("−5")]                 // Unicode minus sign
    [InlineData("ลดลง -200")]
    [InlineData("(0.6)")]              // finance tables write negatives in parentheses
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("∞")]
    [InlineData("1e5")]
    [InlineData("1000000000001")]
    [InlineData("1,000,000,000,001")]
    [InlineData("2 ล้านล้าน")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("500 600")]
    [InlineData("500-600")]
    [InlineData("ไข่ 30 แผง ข้าว 5 กก.")]
    [InlineData("เรียบร้อย")]          // ร้อย inside "neat/done"
    [InlineData("สามารถ")]             // สาม inside "can"
    [InlineData("ห้ามเข้า")]            // ห้า inside "forbid"
    [InlineData("เก้าอี้")]             // เก้า inside "chair"
    [InlineData("ร้อยละ")]
    [InlineData("ยี่")]
    [InlineData("สองสาม")]             // "two or three" is not one number
    public void Refuses_text_without_exactly_one_usable_number(string? text) =>
        Assert.False(ThaiNumbers.TryParse(text, out _, out _));

    [Fact]
    public void Covid_19_is_not_a_second_number() =>
        Assert.True(ThaiNumbers.TryParse("โควิด 19 แจกไป 500", out var v, out _) && v == 500);
}
