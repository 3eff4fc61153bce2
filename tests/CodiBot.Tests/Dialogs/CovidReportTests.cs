using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Dialogs;

[Collection(SharedBotCollection.Name)]
public sealed class CovidReportTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    [Fact]
    public async Task Guided_report_with_a_photo_set_stores_report_measures_and_photos()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();

        var category = await leader.SayAsync("รายงานโควิด"); // one organisation: not asked
        Assert.Contains("กิจกรรมประเภทไหน", category.Text());
        Assert.Contains("ผลิตหน้ากาก", category.QuickReplyLabels());
        Assert.Contains("เล่าสั้น ๆ", (await leader.SayAsync("ผลิตหน้ากาก")).Text());
        var quantity = await leader.SayAsync("เย็บหน้ากากผ้าแจกผู้สูงอายุในตำบล");
        Assert.Contains("จำนวนเท่าไร", quantity.Text());
        Assert.Contains("ขอเป็นตัวเลข", (await leader.SayAsync("เยอะมาก")).Text());
        var people = await leader.SayAsync("2,000 ชิ้น");
        Assert.Contains("ข้าม", people.QuickReplyLabels());
        var date = await leader.SayAsync("ข้าม");
        Assert.Equal(["วันนี้", "เมื่อวาน", "ย้อนกลับ", "ยกเลิก"], date.QuickReplyLabels());
        var photos = await leader.SayAsync("เมื่อวาน");
        Assert.Equal(["ถ่ายรูป", "เลือกจากอัลบั้ม", "ข้าม", "ย้อนกลับ", "ยกเลิก"], photos.QuickReplyLabels());
        Assert.Contains(_bot.Platform.Requests, r => r.Body?.Contains("\"camera\"") == true);

        var set = await leader.PhotosAsync(3);
        var received = Assert.Single(set); // one answer for the whole set
        Assert.Contains("ได้รับแล้ว 3 รูป", received.Text());
        Assert.Contains("เสร็จ", received.QuickReplyLabels());
        var location = await leader.SayAsync("เสร็จ");
        Assert.Contains("ส่งตำแหน่ง", location.QuickReplyLabels());
        await leader.SendAsync(_bot.Webhooks.Location(leader.UserId, "ศาลาประชาคม", "ต.ละงู อ.ละงู จ.สตูล", 6.85, 99.78));
        await leader.SayAsync("อสม.");
        var partners = await leader.SayAsync("อบต.");
        Assert.Contains("เลือกแล้ว: อสม., อบต.", partners.Text());
        await leader.SayAsync("เสร็จ");
        var summary = await leader.SayAsync("ข้าม");
        Assert.Contains("จำนวน: 2,000 ชิ้น", summary.Text());
        Assert.Contains("รูปถ่าย: 3 รูป", summary.Text());
        Assert.Contains("ภาคีที่ร่วม: อสม., อบต.", summary.Text());
        Assert.Contains("ต.ละงู อ.ละงู จ.สตูล", summary.Text());

        var saved = await leader.SayAsync("ยืนยัน");
        Assert.Contains("บันทึกรายงานแล้ว", saved.Text());
        var code = System.Text.RegularExpressions.Regex.Match(saved.Text(), "เลขที่ ([A-Z0-9]{6})").Groups[1].Value;
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM reports WHERE Code = '{code}' AND ReporterUserId = '{leader.UserId}' AND Region = 'south' AND Province = 'พัทลุง'"));
        Assert.Equal(2000, await _bot.ScalarAsync($"SELECT SUM(Quantity) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.Code = '{code}' AND m.Category = 'mask_production' AND m.Unit = 'ชิ้น'"));
        Assert.Equal(3, await _bot.ScalarAsync($"SELECT COUNT(*) FROM report_photos p JOIN reports r ON r.Id = p.ReportId WHERE r.Code = '{code}'"));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM report_versions v JOIN reports r ON r.Id = v.ReportId WHERE r.Code = '{code}' AND v.Change = 'created'"));
    }

    [Theory]
    [InlineData("แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง", "food_relief", 5000, "กิโลกรัม")]
    [InlineData("ผลิตหน้ากากผ้าแจกประชาชน จำนวนกว่า 10,000 ชิ้น", "mask_production", 10000, "ชิ้น")]
    public async Task A_free_text_report_fills_the_fields_and_goes_straight_to_the_summary(string text, string category, long quantity, string unit)
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var summary = await leader.SayAsync(text);
        Assert.Contains("สรุป", summary.Text());
        Assert.Contains("ยืนยัน", string.Join(" ", summary.QuickReplyLabels()));
        await leader.SayAsync("ยืนยัน");
        Assert.Equal(quantity, await _bot.ScalarAsync($"""
            SELECT m.Quantity FROM measures m JOIN reports r ON r.Id = m.ReportId
            WHERE r.ReporterUserId = '{leader.UserId}' AND m.Category = '{category}' AND m.Unit = '{unit}'
            """));
    }

    [Fact]
    public async Task Several_items_become_several_measures_and_approximations_are_kept()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var summary = await leader.SayAsync("แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง");
        Assert.Contains("5,000 กิโลกรัม", summary.Text());
        Assert.Contains("2,700 แผง", summary.Text());
        await leader.SayAsync("ยืนยัน");
        Assert.Equal(2, await _bot.ScalarAsync($"SELECT COUNT(*) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.ReporterUserId = '{leader.UserId}' AND m.Category = 'food_relief'"));

        var other = new Chatter(_bot);
        await other.RegisterAsync();
        var approx = await other.SayAsync("ผลิตหน้ากากผ้าแจกประชาชน จำนวนกว่า 10,000 ชิ้น");
        Assert.Contains("ประมาณ 10,000 ชิ้น", approx.Text());
        await other.SayAsync("ยืนยัน");
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.ReporterUserId = '{other.UserId}' AND m.Approximate = 1"));
    }

    [Fact]
    public async Task Chat_that_is_not_a_report_starts_nothing()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        foreach (var text in new[] { "พรุ่งนี้ประชุมกี่โมงคะ", "ขอบคุณมากค่ะ", "อากาศวันนี้ร้อนมาก", "งบประมาณปีนี้ได้เท่าไหร่" })
        {
            await leader.SayAsync(text);
            Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{leader.UserId}'"));
        }
    }

    [Fact]
    public async Task An_activity_without_a_number_is_offered_not_started()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var offer = await leader.SayAsync("วันนี้ฉีดพ่นยาฆ่าเชื้อในเขตชุมชนและป้ายรถเมล์");
        Assert.Contains("ต้องการส่งเป็นรายงาน", offer.Text());
        var summary = await leader.SayAsync("12 จุด"); // a count typed at the offer answers it too
        Assert.Contains("2. กิจกรรม: ฉีดพ่นฆ่าเชื้อ", summary.Text());
        Assert.Contains("จำนวน: 12 จุด", summary.Text());

        await leader.SayAsync("ยกเลิก");
        await leader.SayAsync("วันนี้ฉีดพ่นยาฆ่าเชื้อในเขตชุมชนและป้ายรถเมล์");
        var uncounted = await leader.SayAsync("ใช่"); // nothing counted: straight to the summary
        Assert.Contains("2. กิจกรรม: ฉีดพ่นฆ่าเชื้อ", uncounted.Text());
        Assert.DoesNotContain("จำนวน:", uncounted.Text());
    }

    [Fact]
    public async Task A_quick_report_before_registering_registers_first_and_offers_the_report_again()
    {
        var leader = new Chatter(_bot);
        var first = await leader.SayAsync("แจกหน้ากากผ้า 500 ชิ้น");
        Assert.Contains("ลงทะเบียน", first.Text());
        await leader.SayAsync("ยินยอม");
        await leader.SayAsync("สมศรี ใจดี");
        await leader.SayAsync("ชุมชนบ้านมั่นคงตำบลละงู"); // the name says the type and the place
        await leader.SayAsync("ใต้");
        await leader.SayAsync("ข้าม");
        var done = await leader.SayAsync("ยืนยัน");
        Assert.Contains("ส่งรายงานเมื่อกี้", done.QuickReplyLabels());
        var summary = await leader.SayAsync("แจกหน้ากากผ้า 500 ชิ้น");
        Assert.Contains("500 ชิ้น", summary.Text());
    }
}
