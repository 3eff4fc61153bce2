using System.Globalization;
using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

/// <summary>A number is a number as people write one — digits with thousands separators and one decimal part, Thai
/// digits, number and scale words — never a piece of code, a formula, a date or an identifier (issue 11 §2).</summary>
public sealed class NumberTokenTests
{
    public static TheoryData<string> NotNumbers =>
    [
        "1e309", "1e5", "1E5", "2.5e3", "1e-5", "1e309 ชิ้น",
        "{0}", "[0]", "{0} ชิ้น", "0x1F", "0X1f", "0x1F ชิ้น", "0b101", "0o17",
        "0/0/0", "5/5/5", "1.2.3", "10:30", "0-0-0",
        "1' OR '1'='1", "'1'", "`1`", "=1+1", "=1+1 ชิ้น", "1+1", "2*3", "2^10", "2×3", "=SUM(A1:A3)", "1;2",
        "$100", "@1", "1_000", "3.14159", "13.7563309", "0.00001 ตัน",
        "NaN", "Infinity", "-Infinity", "∞", "-5", "99999999999999999999999999999999", "5 ล้านล้าน",
    ];

    [Theory]
    [MemberData(nameof(NotNumbers))]
    [InlineData("5-5")]           // in a report this could be a range; as the answer to "how many?" it is not one number
    public void Is_refused_as_an_answer(string text)
    {
        Assert.False(ThaiNumbers.TryParse(text, out var value, out _), $"number {value}");
        Assert.False(Quantities.TryParseAnswer(text, "ชิ้น", out var q), $"quantity {q?.Value}");
    }

    [Theory]
    [MemberData(nameof(NotNumbers))]
    public void Counts_nothing_in_a_report(string text) =>
        Assert.Empty(QuantityText.Of(Quantities.Extract("แจกหน้ากาก " + text)));

    [Theory]
    [InlineData("2,000", "2000 ชิ้น")]
    [InlineData("๒๐๐", "200 ชิ้น")]
    [InlineData("๒,๐๐๐ ชิ้น", "2000 ชิ้น")]
    [InlineData("1.5 ตัน", "1.5 ตัน")]
    [InlineData("5 พัน", "5000 ชิ้น")]
    [InlineData("กว่า 10,000", "10000 ชิ้น ~")]
    [InlineData("1,073ครัวเรือน", "1073 ครัวเรือน")]
    [InlineData("2,679.9356 ล้านบาท", "2679935600 บาท")]
    [InlineData("16,948,581,824.92 บาท", "16948581824.92 บาท")]
    [InlineData("2 พัน 5 ร้อย", "2500 ชิ้น")]
    [InlineData("สองพันห้าร้อย", "2500 ชิ้น")]
    [InlineData("ห้าร้อยชิ้นครับ", "500 ชิ้น")]
    [InlineData("10k", "10000 ชิ้น")]
    [InlineData("1.5M", "1500000 ชิ้น")]
    [InlineData("10kg", "10 กิโลกรัม")]
    [InlineData("2pcs", "2 ชิ้น")]
    [InlineData("500ml", "500 มิลลิลิตร")]
    [InlineData("500+", "500 ชิ้น ~")]
    [InlineData("~300", "300 ชิ้น ~")]
    [InlineData(">500", "500 ชิ้น ~")]
    [InlineData("0", "0 ชิ้น")]
    [InlineData("7.5 ลิตร", "7.5 ลิตร")]
    [InlineData("หน้ากาก N95 200 ชิ้น", "200 ชิ้น")]
    [InlineData("2,000 (สองพัน)", "2000 ชิ้น")]
    [InlineData("\"500\"", "500 ชิ้น")]
    [InlineData("ได้ 500 ค่ะ", "500 ชิ้น")]
    [InlineData("ข้าวสาร 50 โล", "50 กิโลกรัม")]
    public void Reads_numbers_as_people_write_them(string text, string expected)
    {
        Assert.True(Quantities.TryParseAnswer(text, "ชิ้น", out var q));
        Assert.Equal(expected, $"{q.Value.ToString(CultureInfo.InvariantCulture)} {q.Unit}{(q.Approximate ? " ~" : "")}");
    }

    [Theory]
    [InlineData("2,000", 2000)]
    [InlineData("๒๐๐", 200)]
    [InlineData("1.5", 1.5)]
    [InlineData("3.1416", 3.1416)]
    [InlineData("5 พัน", 5000)]
    [InlineData("กว่า 10,000", 10000)]
    [InlineData("สามสิบ", 30)]
    [InlineData("1,000,000,000,000", 1_000_000_000_000)]
    public void Reads_one_number(string text, double expected)
    {
        Assert.True(ThaiNumbers.TryParse(text, out var value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("NaN", null)]
    [InlineData("nAN", null)]
    [InlineData("Nan", "น่าน")]
    [InlineData("nan", "น่าน")]
    [InlineData("NAN", "น่าน")]
    [InlineData("น่าน", "น่าน")]
    [InlineData("Phatthalung", "พัทลุง")]
    [InlineData("Nakhon Ratchasima", "นครราชสีมา")]
    public void A_province_in_Latin_letters_is_written_as_a_name(string text, string? expected) =>
        Assert.Equal(expected, Provinces.Find(text)?.Thai);
}
