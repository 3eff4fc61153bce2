using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Dialogs;

[Collection(SharedBotCollection.Name)]
public sealed class RegistrationTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    [Fact]
    public async Task Registration_asks_consent_then_each_detail_and_stores_person_and_organisation_on_confirm()
    {
        var leader = new Chatter(_bot);
        var consent = await leader.SayAsync("ลงทะเบียน");
        Assert.Contains("ขออนุญาตเก็บข้อมูล", consent.Text());
        Assert.Contains("(1/9)", consent.Text());

        Assert.Contains("ชื่อ", (await leader.SayAsync("ยินยอม")).Text());
        Assert.Contains("ชื่อองค์กร", (await leader.SayAsync("สมศรี ใจดี")).Text());
        var type = await leader.SayAsync("กองทุนสวัสดิการชุมชนตำบลชะโนดน้อย");
        Assert.Equal(["สภาองค์กรชุมชน", "กองทุนสวัสดิการ", "เครือข่าย", "ชุมชนบ้านมั่นคง", "อื่น ๆ", "ย้อนกลับ", "ยกเลิก"], type.QuickReplyLabels());
        Assert.Contains("ตำบล", (await leader.SayAsync("กองทุนสวัสดิการ")).Text());
        await leader.SayAsync("ชะโนดน้อย");
        Assert.Contains("จังหวัด", (await leader.SayAsync("อ.หว้านใหญ่")).Text());
        var region = await leader.SayAsync("จ.มุกดาหาร");
        Assert.Equal("อีสาน", region.QuickReplyLabels()[0]); // suggested from the province, first
        var phone = await leader.SayAsync("อีสาน");
        Assert.Contains("ข้าม", phone.QuickReplyLabels());

        var summary = await leader.SayAsync("081-234-5678");
        Assert.Contains("สรุป", summary.Text());
        Assert.Contains("2. ชื่อ-นามสกุล: สมศรี ใจดี", summary.Text());
        Assert.Contains("0812345678", summary.Text());
        Assert.Contains("ภาคตะวันออกเฉียงเหนือ", summary.Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));

        Assert.Contains("ลงทะเบียนเรียบร้อย", (await leader.SayAsync("ยืนยัน")).Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}' AND Phone = '0812345678'"));
        Assert.Equal(1, await _bot.ScalarAsync($"""
            SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.Id = m.OrganisationId
            WHERE m.UserId = '{leader.UserId}' AND o.Type = 'welfare_fund' AND o.Province = 'มุกดาหาร' AND o.Region = 'northeast'
            """));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task Refusing_consent_stores_nothing_and_says_how_to_come_back()
    {
        var leader = new Chatter(_bot);
        await leader.SayAsync("ลงทะเบียน");
        var answer = await leader.SayAsync("ไม่ยินยอม");
        Assert.Contains("ไม่มีการเก็บข้อมูล", answer.Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{leader.UserId}'"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task Wrong_answers_get_specific_retry_prompts_and_keep_what_was_entered()
    {
        var leader = new Chatter(_bot);
        await leader.SayAsync("ลงทะเบียน");
        await leader.SayAsync("ยินยอม");
        Assert.Contains("จำเป็น", (await leader.SayAsync("ข้าม")).Text()); // a required field cannot be skipped
        Assert.Contains("อย่างน้อย 2", (await leader.SayAsync("ส")).Text());
        await leader.SayAsync("สมชาย รักษ์ถิ่น");
        await leader.SayAsync("สภาองค์กรชุมชนตำบลละแม");
        Assert.Contains("เลือกจากปุ่ม", (await leader.SayAsync("ร้านกาแฟ")).Text());
        await leader.SayAsync("สภาองค์กร");
        await leader.SayAsync("ละแม");
        await leader.SayAsync("ละแม");
        var retry = await leader.SayAsync("จังหวัดแอตแลนติส");
        Assert.Contains("ไม่พบจังหวัด", retry.Text());
        await leader.SayAsync("ชุมพร");
        await leader.SayAsync("ใต้");
        var phone = await leader.SayAsync("12345");
        Assert.Contains("ขึ้นต้นด้วย 0", phone.Text());
        var summary = await leader.SayAsync("0891112222");
        Assert.Contains("สมชาย รักษ์ถิ่น", summary.Text());
        Assert.Contains("ชุมพร", summary.Text());
    }

    [Fact]
    public async Task My_data_shows_what_is_stored_and_delete_removes_it_after_asking()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync("เครือข่ายสวัสดิการชุมชนจังหวัดน่าน", "น่าน", "เหนือ");
        var mine = await leader.SayAsync("ข้อมูลของฉัน");
        Assert.Contains("สมศรี ใจดี", mine.Text());
        Assert.Contains("เครือข่ายสวัสดิการชุมชนจังหวัดน่าน", mine.Text());
        Assert.Contains("ลบข้อมูลของฉัน", mine.QuickReplyLabels());

        var ask = await leader.SayAsync("ลบข้อมูลของฉัน");
        Assert.Contains("ใช่ไหม", ask.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));
        Assert.Contains("ลบข้อมูลของคุณเรียบร้อย", (await leader.SayAsync("ลบข้อมูล")).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM people WHERE UserId = '{leader.UserId}'"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM memberships WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task A_registered_person_adds_a_second_organisation_without_consent_and_name_again()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var first = await leader.SayAsync("เพิ่มองค์กร");
        Assert.Contains("ชื่อองค์กร", first.Text());
        await leader.SayAsync("กองทุนสวัสดิการชุมชนตำบลละงู");
        await leader.SayAsync("กองทุนสวัสดิการ");
        await leader.SayAsync("ละงู");
        await leader.SayAsync("ละงู");
        await leader.SayAsync("สตูล");
        await leader.SayAsync("ใต้");
        await leader.SayAsync("ยืนยัน");
        Assert.Equal(2, await _bot.ScalarAsync($"SELECT COUNT(*) FROM memberships WHERE UserId = '{leader.UserId}'"));
        // With two organisations, a report asks which one.
        var which = await leader.SayAsync("รายงานโควิด");
        Assert.Contains("องค์กรไหน", which.Text());
        Assert.Contains("กองทุนสวัสดิการชุมช…", which.QuickReplyLabels()); // labels longer than 20 are clipped
    }
}
