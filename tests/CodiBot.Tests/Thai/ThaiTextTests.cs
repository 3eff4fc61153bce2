using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class ThaiTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \t\n ", "")]
    [InlineData("๒,๐๐๐ ชิ้น", "2,000 ชิ้น")]
    [InlineData("๐๑๒๓๔๕๖๗๘๙", "0123456789")]
    [InlineData("２０００", "2000")]
    [InlineData("แจก\u200Bหน้ากาก\u200C ๕๐๐\uFEFF ชิ้น", "แจกหน้ากาก 500 ชิ้น")]
    [InlineData("  แจก   หน้ากาก\n\n500\u00A0ชิ้น  ", "แจก หน้ากาก 500 ชิ้น")]
    [InlineData("4 – 6 กุมภาพันธ์", "4 - 6 กุมภาพันธ์")]
    [InlineData("เเจกหน้ากาก", "แจกหน้ากาก")]                 // two sara e typed for sara ae
    [InlineData("ท\u0E4D\u0E32", "ท\u0E33")]                       // nikhahit + sara aa is sara am: ทำ
    [InlineData("น\u0E4D\u0E49\u0E32", "น\u0E49\u0E33")]            // nikhahit, tone, sara aa: tone then sara am
    [InlineData("ท\u0E48\u0E35", "ท\u0E35\u0E48")]                   // tone typed before the vowel: ที่
    [InlineData("ชิ\u0E49\u0E49น", "ชิ\u0E49น")]                     // tone typed twice
    [InlineData("เลข\u00ADที่", "เลขที่")]
    public void Normalizes_digits_spaces_and_typing_slips(string? input, string expected) =>
        Assert.Equal(expected, ThaiText.Normalize(input));

    [Theory]
    [InlineData("COVID-19")]
    [InlineData("COVID – 19")]
    [InlineData("COVID - 19")]
    [InlineData("covid-19")]
    [InlineData("covid19")]
    [InlineData("Covid 19")]
    [InlineData("โควิด 19")]
    [InlineData("โควิด-19")]
    [InlineData("โควิด19")]
    [InlineData("โควิด ๑๙")]
    [InlineData("COVID-2019")]
    [InlineData("โรคติดเชื้อไวรัสโคโรนา 2019")]
    [InlineData("โรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")]
    public void Every_COVID_spelling_becomes_one(string input) =>
        Assert.Equal("โควิด-19", ThaiText.Normalize(input));

    [Theory]
    [InlineData("รวมพลังสู้ COVID-19 ในชุมชน", "รวมพลังสู้ โควิด-19 ในชุมชน")]
    [InlineData("ศปก.โควิด 19 พอช.", "ศปก.โควิด-19 พอช.")]
    [InlineData("#covid19 #สู้ภัย", "#โควิด-19 #สู้ภัย")]
    [InlineData("covid 1900 ชิ้น", "covid 1900 ชิ้น")]                 // not the disease name followed by a number
    [InlineData("discovid 19", "discovid 19")]
    public void COVID_is_replaced_only_where_it_is_written(string input, string expected) =>
        Assert.Equal(expected, ThaiText.Normalize(input));

    [Theory]
    [InlineData("เเจก หน้ากาก\u200B ๕๐๐ ชิ้น  COVID – 19 ท\u0E48\u0E35 ")]
    [InlineData("ให้\u0E48\u0E31ๆชิ้น")]                 // tone, vowel, tone: repairs that uncover another repair
    [InlineData("ใต้\u0E31\u0E31 เเเจก")]
    [InlineData("ครึ่งล้านกว่า\u0E31\u0E48\u0E31ล฿")]
    public void Normalizing_twice_changes_nothing(string text)
    {
        var once = ThaiText.Normalize(text);
        Assert.Equal(once, ThaiText.Normalize(once));
    }
}
