using CodiBot.Simulator;
using CodiBot.Staff;
using CodiBot.Thai;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Staff;

public sealed class StaffTests(StaffBot fixture) : IClassFixture<StaffBot>
{
    readonly TestBot _bot = fixture.Bot;

    [Fact]
    public async Task Admin_creates_a_one_time_code_valid_seven_days_and_whoever_sends_it_becomes_staff_once()
    {
        var until = ThaiDates.Format(fixture.Today.AddDays(7)); // 3 เม.ย. 2563 when this runs first
        var answers = await fixture.Admin().SayAllAsync("สร้างรหัสเชิญ");
        Assert.Equal(3, answers.Count);
        Assert.Contains("ใช้ได้ครั้งเดียว", answers[0].Text());
        Assert.Contains($"ถึงวันที่ {until})", answers[0].Text());
        var code = answers[1].Text();
        Assert.Matches("^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$", code);
        Assert.Equal("ให้ผู้ได้รับเชิญเพิ่ม CodiBot เป็นเพื่อน แล้วพิมพ์รหัสนี้ในแชตกับ CodiBot ค่ะ", answers[2].Text());
        Assert.Equal(7L * 24 * 3600 * 1000, await _bot.ScalarAsync($"SELECT ExpiresAt - CreatedAt FROM invite_codes WHERE Code = '{code}' AND CreatedBy = '{fixture.AdminId}'"));

        // Typed loosely: lower case, spaced, with a "รหัส" prefix and a polite ending.
        var somchai = fixture.Person("สมชาย รักชุมชน");
        var loose = $"รหัส {code[..3].ToLowerInvariant()} {code[3..].ToLowerInvariant()} ค่ะ";
        var welcome = await somchai.SayAsync(loose);
        Assert.StartsWith("ยินดีต้อนรับค่ะ คุณสมชาย รักชุมชน 🙏 ตอนนี้คุณเป็นเจ้าหน้าที่ของ CodiBot แล้ว", welcome.Text());
        Assert.Equal(["คำสั่งเจ้าหน้าที่"], welcome.QuickReplyLabels());
        Assert.Equal(1, await _bot.ScalarAsync($"""
            SELECT COUNT(*) FROM staff_members
            WHERE UserId = '{somchai.UserId}' AND Name = 'สมชาย รักชุมชน' AND InvitedBy = '{fixture.AdminId}' AND InviteCode = '{code}' AND RevokedAt IS NULL
            """));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy = '{somchai.UserId}' AND UsedAt IS NOT NULL"));

        var other = fixture.Person("มานี มีนา");
        Assert.Equal("รหัสเชิญนี้ถูกใช้ไปแล้วค่ะ (ใช้ได้ครั้งเดียว) กรุณาขอรหัสใหม่จากผู้ดูแลระบบนะคะ", (await other.SayAsync(code)).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{other.UserId}'"));
        Assert.Equal("คุณเป็นเจ้าหน้าที่อยู่แล้วค่ะ 😊", (await somchai.SayAsync(code)).Text());

        // An admin needs no code, and trying one does not use it up.
        var spare = await fixture.InviteCodeAsync();
        Assert.Equal("คุณเป็นผู้ดูแลระบบอยู่แล้วค่ะ ไม่ต้องใช้รหัสเชิญ", (await fixture.Admin().SayAsync(spare)).Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{spare}' AND UsedBy IS NULL"));
    }

    [Fact]
    public async Task An_expired_code_is_refused_politely()
    {
        var code = await fixture.InviteCodeAsync();
        fixture.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var late = fixture.Person("ทองดี ช้าไป");
        var answer = await late.SayAsync(code);
        Assert.StartsWith("รหัสเชิญนี้หมดอายุแล้วค่ะ (ใช้ได้ถึง ", answer.Text());
        Assert.EndsWith(") กรุณาขอรหัสใหม่จากผู้ดูแลระบบนะคะ", answer.Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{late.UserId}'"));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy IS NULL"));
    }

    [Fact]
    public async Task Unknown_codes_and_ordinary_words_are_not_taken_for_invites()
    {
        var guest = fixture.Person("แขก");
        Assert.Equal("ไม่พบรหัสเชิญนี้ค่ะ กรุณาตรวจสอบอีกครั้ง (รหัสไม่มีเลข 0, 1 และตัว O, I)", (await guest.SayAsync("รหัส ABCD23")).Text());
        // Six letters of the code alphabet that are no code: the router answers as usual.
        Assert.Equal("You're welcome! 🙏", (await guest.SayAsync("thanks")).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{guest.UserId}'"));
    }

    [Fact]
    public async Task Codes_stay_out_of_groups()
    {
        var group = LineIds.Random('C');
        Assert.Equal("กรุณาสร้างรหัสเชิญในแชตส่วนตัวกับ CodiBot นะคะ ไม่ใช่ในกลุ่ม", (await fixture.Admin(group).SayAsync("เชิญเจ้าหน้าที่")).Text());
        var code = await fixture.InviteCodeAsync();
        var member = fixture.Person("สมหญิง", group);
        // Said to be a code it is sent back to the 1:1 chat, whatever the code (InviteGuessingTests: bare, it is a word like any other).
        Assert.Equal("กรุณาส่งรหัสเชิญในแชตส่วนตัวกับ CodiBot นะคะ ไม่ใช่ในกลุ่ม", (await member.SayAsync("รหัส " + code)).Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy IS NULL"));
    }

    [Fact]
    public async Task Admin_lists_staff_numbered_with_since_and_revokes_one_who_is_refused_afterwards()
    {
        var first = await fixture.NewStaffAsync("ประเสริฐ ศปก.");
        var second = await fixture.NewStaffAsync("วันดี ศปก.");

        var list = (await fixture.Admin().SayAsync("รายชื่อเจ้าหน้าที่")).Text();
        Assert.StartsWith("รายชื่อเจ้าหน้าที่ (", list);
        var lines = list.Split('\n');
        var line = Assert.Single(lines, l => l.Contains("วันดี ศปก."));
        Assert.Matches(@"^\d+\. วันดี ศปก\. — ตั้งแต่ \d+ (มี\.ค\.|เม\.ย\.) 2563$", line);
        Assert.Contains(lines, l => l.Contains("ประเสริฐ ศปก."));
        var number = line[..line.IndexOf('.')];

        var revoked = await fixture.Admin().SayAsync($"ถอนสิทธิ์ {number}");
        Assert.Equal($"ถอนสิทธิ์เจ้าหน้าที่ของ {number}. วันดี ศปก. แล้วค่ะ ตั้งแต่นี้ใช้คำสั่งเจ้าหน้าที่ไม่ได้อีก", revoked.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{second.UserId}' AND RevokedAt IS NOT NULL AND RevokedBy = '{fixture.AdminId}'"));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{first.UserId}' AND RevokedAt IS NULL"));

        Assert.StartsWith("ขออภัยค่ะ คำสั่งนี้สำหรับเจ้าหน้าที่ ศปก. พอช. ค่ะ", (await second.SayAsync("ประกาศวันนี้")).Text());
        Assert.DoesNotContain("วันดี ศปก.", (await fixture.Admin().SayAsync("รายชื่อเจ้าหน้าที่")).Text());
        Assert.StartsWith("ไม่มีเจ้าหน้าที่ลำดับที่ 99 ค่ะ", (await fixture.Admin().SayAllAsync("ถอนสิทธิ์ 99"))[0].Text());

        // A new code makes them staff again.
        var back = await second.SayAsync(await fixture.InviteCodeAsync());
        Assert.Contains("ตอนนี้คุณเป็นเจ้าหน้าที่ของ CodiBot แล้ว", back.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{second.UserId}' AND RevokedAt IS NULL"));
    }

    [Theory]
    [InlineData("เชิญเจ้าหน้าที่")]
    [InlineData("สร้างรหัสเชิญ")]
    [InlineData("รายชื่อเจ้าหน้าที่")]
    [InlineData("ถอนสิทธิ์ 1")]
    public async Task Admin_commands_refuse_guests_and_staff_politely(string command)
    {
        const string refusal = "ขออภัยค่ะ คำสั่งนี้สำหรับผู้ดูแลระบบค่ะ 🙏 หากจำเป็นต้องใช้ กรุณาติดต่อผู้ดูแลระบบ CodiBot";
        var staff = await fixture.NewStaffAsync("เจ้าหน้าที่ทดสอบ");
        var before = await _bot.ScalarAsync("SELECT COUNT(*) FROM invite_codes");
        var revokedBefore = await _bot.ScalarAsync("SELECT COUNT(*) FROM staff_members WHERE RevokedAt IS NOT NULL");
        Assert.Equal(refusal, (await fixture.Person("ผู้มาเยือน").SayAsync(command)).Text());
        Assert.Equal(refusal, (await staff.SayAsync(command)).Text());
        Assert.Equal(before, await _bot.ScalarAsync("SELECT COUNT(*) FROM invite_codes"));
        Assert.Equal(revokedBefore, await _bot.ScalarAsync("SELECT COUNT(*) FROM staff_members WHERE RevokedAt IS NOT NULL"));
    }

    [Fact]
    public async Task Staff_help_lists_what_each_role_can_do_and_names_yours()
    {
        var help = (await fixture.Admin().SayAsync("คำสั่งเจ้าหน้าที่")).Text();
        foreach (var phrase in (string[])["ผู้นำชุมชน", "เจ้าหน้าที่:", "ผู้ดูแลระบบ:", "\"ยอด…\"", "\"สรุปวันนี้\"", "\"ประกาศ ข้อความ…\"", "\"รับสรุปรายวัน [ภาค]\"", "\"เชิญเจ้าหน้าที่\"", "\"ถอนสิทธิ์ 2\""])
            Assert.Contains(phrase, help);
        Assert.EndsWith("บทบาทของคุณ: ผู้ดูแลระบบ", help);
        Assert.EndsWith("บทบาทของคุณ: ยังไม่ได้ลงทะเบียน", (await fixture.Person("ใครสักคน").SayAsync("คำสั่งเจ้าหน้าที่")).Text());
        Assert.EndsWith("You are: administrator", (await fixture.Admin().SayAsync("staff help")).Text());
    }

    [Fact]
    public async Task A_second_redeemer_in_the_same_batch_is_not_granted()
    {
        // Both handled before either commits: the grant re-checks the code, so only the first becomes staff.
        var code = await fixture.InviteCodeAsync();
        var (a, b) = (fixture.Person("คนที่หนึ่ง"), fixture.Person("คนที่สอง"));
        var events = new[] { _bot.Webhooks.Text(a.UserId, code), _bot.Webhooks.Text(b.UserId, code) };
        await _bot.Webhooks.SendAsync(events);
        foreach (var e in events) await _bot.UntilSentAsync(e);
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId IN ('{a.UserId}', '{b.UserId}')"));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy IN ('{a.UserId}', '{b.UserId}')"));
    }

    [Fact]
    public void Codes_use_no_look_alike_characters_and_read_however_typed()
    {
        for (var i = 0; i < 200; i++) Assert.Matches("^[A-HJ-NP-Z2-9]{6}$", InviteCodeText.New());
        Assert.Equal(("K7MQ2P", false), InviteCodeText.Read("k7m-q2p"));
        Assert.Equal(("K7MQ2P", true), InviteCodeText.Read("รหัส: K7M Q2P"));
        Assert.Null(InviteCodeText.Read("hello world")); // O is never in a code
        Assert.Null(InviteCodeText.Read("แจกหน้ากาก 200 ชิ้น"));
    }
}
