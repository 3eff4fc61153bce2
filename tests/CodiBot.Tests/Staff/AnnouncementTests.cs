using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using CodiBot.Thai;

namespace CodiBot.Tests.Staff;

public sealed class AnnouncementTests(StaffBot fixture) : IClassFixture<StaffBot>
{
    readonly TestBot _bot = fixture.Bot;
    const string StaffOnly = "ขออภัยค่ะ คำสั่งนี้สำหรับเจ้าหน้าที่ ศปก. พอช. ค่ะ 🙏 เจ้าหน้าที่ได้รับสิทธิ์ด้วยรหัสเชิญจากผู้ดูแลระบบ";

    /// <summary>Each test starts on a day of its own, so "today's" announcements are only its own.</summary>
    (DateOnly Day, string Iso, string Thai) NewDay()
    {
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var day = fixture.Today;
        return (day, day.ToString("yyyy-MM-dd"), ThaiDates.Format(day));
    }

    Task<long> CountAsync(string iso, string where = "1 = 1") =>
        _bot.ScalarAsync($"SELECT COUNT(*) FROM announcements WHERE Day = '{iso}' AND {where}");

    [Fact]
    public async Task Staff_add_multi_line_announcements_for_today_list_them_numbered_and_remove_one()
    {
        var (_, iso, thai) = NewDay();
        var staff = await fixture.NewStaffAsync("พิมพ์ใจ ศปก.");

        var first = await staff.SayAsync("ประกาศ พรุ่งนี้ประชุมทีม ศปก. 9 โมง  \nห้องประชุมชั้น 2");
        Assert.Equal($"บันทึกประกาศข้อ 1 ของวันที่ {thai} แล้วค่ะ จะแสดงในสรุปรายวันของวันนี้\nดูทั้งหมดพิมพ์ \"ประกาศวันนี้\" ลบพิมพ์ \"ลบประกาศ 1\"", first.Text());
        Assert.Equal(["ประกาศวันนี้"], first.QuickReplyLabels());
        Assert.Equal(1, await CountAsync(iso, $"Text = 'พรุ่งนี้ประชุมทีม ศปก. 9 โมง' || char(10) || 'ห้องประชุมชั้น 2' AND AuthorUserId = '{staff.UserId}' AND AuthorName = 'พิมพ์ใจ ศปก.' AND RemovedAt IS NULL"));

        Assert.StartsWith("บันทึกประกาศข้อ 2 ", (await staff.SayAsync("ประกาศ\nรับบริจาคข้าวสารที่ พอช. ถึงศุกร์นี้")).Text());
        Assert.Equal($"ประกาศของวันที่ {thai} (2 ข้อ)\n1. พรุ่งนี้ประชุมทีม ศปก. 9 โมง ห้องประชุมชั้น 2 — โดย พิมพ์ใจ ศปก.\n2. รับบริจาคข้าวสารที่ พอช. ถึงศุกร์นี้ — โดย พิมพ์ใจ ศปก.\n\nลบได้โดยพิมพ์ เช่น \"ลบประกาศ 1\"",
            (await staff.SayAsync("ประกาศวันนี้")).Text());

        Assert.Equal("ลบประกาศข้อ 1 แล้วค่ะ: \"พรุ่งนี้ประชุมทีม ศปก. 9 โมง ห้องประชุมชั้น 2\" จะไม่แสดงในสรุปรายวัน", (await staff.SayAsync("ลบประกาศ 1")).Text());
        Assert.Equal(1, await CountAsync(iso, "Text LIKE 'พรุ่งนี้%' AND RemovedAt IS NOT NULL"));
        Assert.Equal($"ประกาศของวันที่ {thai} (1 ข้อ)\n1. รับบริจาคข้าวสารที่ พอช. ถึงศุกร์นี้ — โดย พิมพ์ใจ ศปก.\n\nลบได้โดยพิมพ์ เช่น \"ลบประกาศ 1\"",
            (await staff.SayAsync("ประกาศวันนี้")).Text());
        Assert.Equal("วันนี้ไม่มีประกาศข้อ 5 ค่ะ", (await staff.SayAllAsync("ลบประกาศ 5"))[0].Text());

        var english = await staff.SayAsync("announce Team call at 3pm");
        Assert.StartsWith($"Announcement 2 for {ThaiDates.FormatEnglish(fixture.Today)} saved", english.Text());
        Assert.Equal(1, await CountAsync(iso, "Text = 'Team call at 3pm'"));
    }

    [Fact]
    public async Task Deleting_my_data_removes_my_name_from_my_announcements_and_staff_record_but_keeps_them()
    {
        var (_, iso, _) = NewDay();
        var staff = await fixture.NewStaffAsync("ลบชื่อ ศปก.");
        await staff.RegisterAsync();
        await staff.SayAsync("ประกาศ ประชุมออนไลน์บ่ายสอง");
        await staff.SayAsync("ลบข้อมูลของฉัน");
        Assert.Contains("ลบข้อมูลของคุณเรียบร้อย", (await staff.SayAsync("ลบข้อมูล")).Text());

        Assert.Equal(1, await CountAsync(iso, $"AuthorUserId = '{staff.UserId}' AND AuthorName IS NULL AND RemovedAt IS NULL"));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{staff.UserId}' AND Name IS NULL AND RevokedAt IS NULL"));
    }

    [Fact]
    public async Task Yesterdays_announcements_are_not_todays()
    {
        var (_, iso, _) = NewDay();
        var staff = await fixture.NewStaffAsync("เมื่อวาน ศปก.");
        await staff.SayAsync("ประกาศ ของเมื่อวาน");
        var (_, _, thai) = NewDay();
        Assert.Equal($"ยังไม่มีประกาศของวันที่ {thai} ค่ะ เพิ่มได้โดยพิมพ์ \"ประกาศ ข้อความ…\"", (await staff.SayAsync("ประกาศวันนี้")).Text());
        Assert.Equal(1, await CountAsync(iso, "Text = 'ของเมื่อวาน'"));
    }

    [Fact]
    public async Task Empty_and_over_long_announcements_get_a_clear_message_and_store_nothing()
    {
        var (_, iso, _) = NewDay();
        var staff = await fixture.NewStaffAsync("ยาว เกิน");
        const string empty = "กรุณาพิมพ์ข้อความต่อจากคำว่า ประกาศ ค่ะ เช่น \"ประกาศ พรุ่งนี้ประชุมทีม ศปก. 9 โมง\"";
        Assert.Equal(empty, (await staff.SayAsync("ประกาศ")).Text());
        Assert.Equal(empty, (await staff.SayAsync("ประกาศ \n  ")).Text());
        Assert.Equal("ประกาศนี้ยาวเกินไปค่ะ (1,001 ตัวอักษร ใส่ได้ไม่เกิน 1,000 ตัวอักษร) กรุณาย่อแล้วส่งใหม่นะคะ",
            (await staff.SayAsync("ประกาศ " + new string('ก', 1001))).Text());
        Assert.Equal(0, await CountAsync(iso));
        Assert.StartsWith("บันทึกประกาศข้อ 1 ", (await staff.SayAsync("ประกาศ " + new string('ข', 1000))).Text());
        Assert.Equal(1, await CountAsync(iso, "length(Text) = 1000"));
    }

    [Fact]
    public async Task Leaders_and_guests_are_refused_and_a_leaders_report_starting_with_the_word_is_no_announcement()
    {
        var (_, iso, _) = NewDay();
        var leader = fixture.Person("สมศรี ใจดี");
        await leader.RegisterAsync();
        var refusal = (await leader.SayAsync("ประกาศ พรุ่งนี้หยุดแจกของ")).Text();
        Assert.Equal(StaffOnly + "\nหากต้องการส่งรายงาน พิมพ์ \"รายงาน\" ได้เลยค่ะ", refusal);
        Assert.StartsWith(StaffOnly, (await leader.SayAsync("ประกาศวันนี้")).Text());
        Assert.StartsWith(StaffOnly, (await leader.SayAsync("ลบประกาศ 1")).Text());

        // No space after ประกาศ: an ordinary report (it starts the COVID report, filled in), never an announcement.
        var report = (await leader.SayAsync("ประกาศปิดหมู่บ้าน แจกข้าวสาร 50 ถุง ให้ชาวบ้าน")).Text();
        Assert.DoesNotContain("เจ้าหน้าที่", report);
        Assert.Contains("ข้าวสาร", report);
        await leader.SayAsync("ยกเลิก");

        var guest = fixture.Person("แขก");
        Assert.Equal(StaffOnly, (await guest.SayAsync("ประกาศ ทดสอบ")).Text());
        Assert.StartsWith("Sorry, this command is for CODI operation-centre staff.", (await guest.SayAsync("announcements")).Text());
        Assert.Equal(0, await CountAsync(iso));
    }

    [Fact]
    public async Task In_a_group_an_announcement_needs_a_mention_of_the_bot()
    {
        var (_, iso, _) = NewDay();
        var group = LineIds.Random('C');
        var staff = new Chatter(_bot, group, (await fixture.NewStaffAsync("กลุ่ม ศปก.")).UserId);
        Assert.Empty(await staff.ChatAsync("ประกาศ พรุ่งนี้ประชุมกลุ่ม 10 โมง")); // talking to the people in the group
        Assert.Equal(0, await CountAsync(iso));
        Assert.StartsWith("บันทึกประกาศข้อ 1 ", (await staff.SayAsync("ประกาศ พรุ่งนี้ประชุมกลุ่ม 10 โมง")).Text());
        Assert.Equal(1, await CountAsync(iso, "Text = 'พรุ่งนี้ประชุมกลุ่ม 10 โมง'"));
    }
}
