using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class ThaiDatesTests
{
    static readonly DateOnly Today = new(2020, 4, 10); // 10 เม.ย. 2563, a Friday

    [Theory]
    [InlineData("วันนี้", "2020-04-10")]
    [InlineData("วันนี้ค่ะ", "2020-04-10")]
    [InlineData("today", "2020-04-10")]
    [InlineData("Today", "2020-04-10")]
    [InlineData("เมื่อวาน", "2020-04-09")]
    [InlineData("เมื่อวานนี้", "2020-04-09")]
    [InlineData("วานนี้", "2020-04-09")]
    [InlineData("yesterday", "2020-04-09")]
    [InlineData("เมื่อวานซืน", "2020-04-08")]
    [InlineData("วานซืน", "2020-04-08")]
    [InlineData("day before yesterday", "2020-04-08")]
    [InlineData("3 วันก่อน", "2020-04-07")]
    [InlineData("๓ วันที่แล้ว", "2020-04-07")]
    [InlineData("2 days ago", "2020-04-08")]
    public void Relative_days(string text, string expected) => AssertDate(text, expected);

    [Theory]
    [InlineData("27 มี.ค. 63", "2020-03-27")]
    [InlineData("27 มี.ค.63", "2020-03-27")]
    [InlineData("27มี.ค.63", "2020-03-27")]
    [InlineData("27 มีค 63", "2020-03-27")]
    [InlineData("27 มี. ค. 2563", "2020-03-27")]
    [InlineData("27 มีนาคม 2563", "2020-03-27")]
    [InlineData("27 มีนาคม พ.ศ. 2563", "2020-03-27")]
    [InlineData("27 มีนาคม พ.ศ.2563", "2020-03-27")]
    [InlineData("วันที่ 27 เดือนมีนาคม 2563", "2020-03-27")]
    [InlineData("27 มีนา 63", "2020-03-27")]
    [InlineData("๒๗ มี.ค. ๖๓", "2020-03-27")]
    [InlineData("วันเสาร์ที่ 15 ก.พ. 2563", "2020-02-15")]
    [InlineData("26 ก.พ. 2563", "2020-02-26")]
    [InlineData("30 มิ.ย. 2541", "1998-06-30")]
    [InlineData("17 มกราคม 2563", "2020-01-17")]
    [InlineData("2 เมษายน 2563", "2020-04-02")]
    [InlineData("1 ต.ค. 2562", "2019-10-01")]
    [InlineData("9 กรกฏาคม 2562", "2019-07-09")]       // common misspelling of กรกฎาคม
    [InlineData("5 ธันวา 62", "2019-12-05")]
    [InlineData("27 มีนาคม ค.ศ. 2020", "2020-03-27")]
    [InlineData("27/3/2563", "2020-03-27")]
    [InlineData("27/03/2563", "2020-03-27")]
    [InlineData("27/3/63", "2020-03-27")]
    [InlineData("๒๗/๓/๒๕๖๓", "2020-03-27")]
    [InlineData("27-3-2020", "2020-03-27")]
    [InlineData("27.3.2563", "2020-03-27")]
    [InlineData("2020-03-27", "2020-03-27")]
    [InlineData("2020/3/27", "2020-03-27")]
    [InlineData("3/27/2020", "2020-03-27")]              // month first only when the day cannot be a month
    [InlineData("27/3/20", "2020-03-27")]                // 2520 BE is 43 years back: read as 2020
    [InlineData("March 27 2020", "2020-03-27")]
    [InlineData("March 27, 2020", "2020-03-27")]
    [InlineData("27 March 2020", "2020-03-27")]
    [InlineData("27th March 2020", "2020-03-27")]
    [InlineData("1 Apr 2020", "2020-04-01")]
    [InlineData("รายงานวันที่ 27 มี.ค. 63 ค่ะ", "2020-03-27")]
    [InlineData("22-23 กุมภาพันธ์ 2563", "2020-02-23")]
    public void Written_dates(string text, string expected) => AssertDate(text, expected);

    [Theory]
    [InlineData("27 มี.ค.", "2020-03-27")]
    [InlineData("27 Mar", "2020-03-27")]
    [InlineData("10 เม.ย.", "2020-04-10")]             // today itself
    [InlineData("11 เม.ย.", "2019-04-11")]             // tomorrow has not come: last year
    [InlineData("30 เมษายน", "2019-04-30")]
    [InlineData("25 ธ.ค.", "2019-12-25")]
    [InlineData("29 ก.พ.", "2020-02-29")]              // 2020 is a leap year
    [InlineData("27/3", "2020-03-27")]
    public void Without_a_year_the_latest_date_not_after_today(string text, string expected) => AssertDate(text, expected);

    [Fact]
    public void The_29th_of_February_looks_back_to_the_last_leap_year() =>
        AssertDate("29 ก.พ.", "2016-02-29", new DateOnly(2019, 6, 1));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ไม่ทราบ")]
    [InlineData("สนง.ก.พ.ร.")]
    [InlineData("15 ก.พ.ร.")]                           // OPDC, not February
    [InlineData("ตัวชี้วัด ก.พ.ร. 416")]
    [InlineData("31 ก.พ.")]
    [InlineData("31 ก.พ. 2563")]
    [InlineData("30 กุมภาพันธ์ 2563")]
    [InlineData("29 ก.พ. 2562")]                        // 2019 is not a leap year
    [InlineData("31 เม.ย. 63")]
    [InlineData("31/4/2563")]
    [InlineData("32/1/2563")]
    [InlineData("0 มี.ค. 63")]
    [InlineData("2020-02-30")]
    [InlineData("ครั้งที่ 3/2563")]
    [InlineData("ตุลาการ")]                             // starts like ตุลา (October)
    [InlineData("500 ชิ้น")]
    public void Impossible_or_missing_dates(string? text) => Assert.False(ThaiDates.TryParse(text, Today, out _));

    [Theory]
    [InlineData("2020-03-27", "27 มี.ค. 2563", "27 Mar 2020")]
    [InlineData("2020-02-01", "1 ก.พ. 2563", "1 Feb 2020")]
    [InlineData("2026-12-31", "31 ธ.ค. 2569", "31 Dec 2026")]
    [InlineData("1998-06-30", "30 มิ.ย. 2541", "30 Jun 1998")]
    public void Formats_in_Thai_with_the_Buddhist_year_and_in_English(string iso, string thai, string english)
    {
        var date = DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(thai, ThaiDates.Format(date));
        Assert.Equal(english, ThaiDates.FormatEnglish(date));
    }

    [Fact]
    public void Every_formatted_date_reads_back()
    {
        for (var d = new DateOnly(2019, 10, 1); d <= new DateOnly(2020, 9, 30); d = d.AddDays(7))
        {
            Assert.True(ThaiDates.TryParse(ThaiDates.Format(d), Today, out var thai));
            Assert.Equal(d, thai);
            Assert.True(ThaiDates.TryParse(ThaiDates.FormatEnglish(d), Today, out var english));
            Assert.Equal(d, english);
        }
    }

    static void AssertDate(string text, string expected, DateOnly? today = null)
    {
        Assert.True(ThaiDates.TryParse(text, today ?? Today, out var date), text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }
}
