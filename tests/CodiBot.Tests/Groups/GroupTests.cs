using CodiBot.Conversations;
using CodiBot.Digest;
using CodiBot.Groups;
using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using CodiBot.Tests.Staff;

namespace CodiBot.Tests.Groups;

public sealed class GroupTests(StaffBot fixture) : IClassFixture<StaffBot>
{
    readonly TestBot _bot = fixture.Bot;

    async Task<string> JoinedGroupAsync(string? name = "ศปก. ภาคใต้")
    {
        var group = LineIds.Random('C');
        if (name is not null) _bot.Platform.AddGroup(group, name, []);
        await new Chatter(_bot, group).SendAsync(_bot.Webhooks.Join(group));
        return group;
    }

    [Fact]
    public async Task Joining_records_the_group_with_its_name_and_greets_with_what_the_bot_does_there()
    {
        var group = LineIds.Random('C');
        _bot.Platform.AddGroup(group, "ศปก. ภาคใต้", []);
        var greeting = Assert.Single(await new Chatter(_bot, group).SendAsync(_bot.Webhooks.Join(group)));
        Assert.StartsWith("สวัสดีทุกคนค่ะ 🙏 CodiBot", greeting.Text());
        Assert.Contains("เจ้าหน้าที่พิมพ์ \"รับสรุปรายวัน\" (หรือ \"รับสรุปรายวัน ภาคใต้\") ให้กลุ่มได้รับสรุปสถานการณ์ทุกวันเวลา 18:00 น.", greeting.Text());
        Assert.Contains("\"สรุปวันนี้\"", greeting.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"""
            SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND Kind = 'group' AND Name = 'ศปก. ภาคใต้'
            AND JoinedAt > 0 AND LeftAt IS NULL AND DigestSubscribed = 0
            """));
    }

    [Fact]
    public async Task A_failing_group_summary_does_not_lose_the_join()
    {
        var group = LineIds.Random('C');
        _bot.Platform.AddGroup(group, "กลุ่มที่ LINE ตอบไม่ได้", []);
        _bot.Platform.FailNext($"{group}/summary", 500);
        var greeting = Assert.Single(await new Chatter(_bot, group).SendAsync(_bot.Webhooks.Join(group)));
        Assert.StartsWith("สวัสดีทุกคนค่ะ", greeting.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND Name IS NULL AND LeftAt IS NULL"));
    }

    [Fact]
    public async Task Staff_subscribe_the_whole_country_then_a_region_and_the_status_says_so()
    {
        var group = await JoinedGroupAsync();
        var staff = await fixture.NewStaffAsync("อรุณี ศปก.");
        var inGroup = new Chatter(_bot, group, staff.UserId);

        var whole = await inGroup.ChatAsync("รับสรุปรายวัน"); // a plain command needs no mention
        Assert.Equal("เรียบร้อยค่ะ กลุ่มนี้จะได้รับสรุปสถานการณ์รายวัน (ทั้งประเทศ) ทุกวันเวลา 18:00 น. 🙏\nเลิกรับได้โดยพิมพ์ \"เลิกรับสรุปรายวัน\"", Assert.Single(whole).Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND DigestSubscribed = 1 AND DigestRegion IS NULL AND SubscribedBy = '{staff.UserId}' AND SubscribedAt > 0"));
        Assert.Equal("กลุ่มนี้รับสรุปรายวัน (ทั้งประเทศ) ทุกวันเวลา 18:00 น. อยู่แล้วค่ะ", (await inGroup.SayAsync("รับสรุปรายวัน")).Text());

        var south = await inGroup.SayAsync("รับสรุปรายวัน ภาคใต้ค่ะ");
        Assert.StartsWith("เปลี่ยนแล้วค่ะ กลุ่มนี้จะได้รับสรุปสถานการณ์รายวัน (ภาคใต้) ทุกวันเวลา 18:00 น.", south.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND DigestSubscribed = 1 AND DigestRegion = 'south'"));

        var status = await new Chatter(_bot, group).SayAsync("สถานะกลุ่ม"); // anyone in the group may ask
        Assert.Matches(@"^กลุ่มนี้รับสรุปรายวัน \(ภาคใต้\) ทุกวันเวลา 18:00 น\. ตั้งแต่ \d+ (มี\.ค\.|เม\.ย\.) 2563 ค่ะ$", status.Text());
    }

    [Theory]
    [InlineData("รับสรุปรายวัน อีสาน", "northeast", "ภาคตะวันออกเฉียงเหนือ")]
    [InlineData("รับสรุปรายวัน ใต้", "south", "ภาคใต้")]
    [InlineData("รับสรุปรายวันภาคเหนือ", "north", "ภาคเหนือ")]
    [InlineData("subscribe digest central_west", "central_west", "Central and Western region")]
    public async Task A_region_is_read_however_it_is_written(string command, string regionId, string shown)
    {
        var group = await JoinedGroupAsync();
        var staff = await fixture.NewStaffAsync("ภาค ทดสอบ");
        var answer = await new Chatter(_bot, group, staff.UserId).SayAsync(command);
        Assert.Contains($"({shown})", answer.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND DigestSubscribed = 1 AND DigestRegion = '{regionId}'"));
    }

    [Fact]
    public async Task An_unknown_region_offers_the_five_regions_and_the_whole_country()
    {
        var group = await JoinedGroupAsync();
        var staff = await fixture.NewStaffAsync("ภาค ผิด");
        var answer = await new Chatter(_bot, group, staff.UserId).SayAsync("รับสรุปรายวัน ดาวอังคาร");
        Assert.Equal("ไม่รู้จักภาค \"ดาวอังคาร\" ค่ะ เลือกภาค หรือรับสรุปทั้งประเทศได้เลยค่ะ", answer.Text());
        Assert.Equal(["เหนือ", "อีสาน", "ใต้", "กลาง/ตะวันตก", "กทม./ตะวันออก", "ทั้งประเทศ"], answer.QuickReplyLabels());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND DigestSubscribed = 1"));

        // The quick reply for the Bangkok/east office reads back as that region.
        await new Chatter(_bot, group, staff.UserId).SayAsync(answer.Message["quickReply"]!["items"]![4]!["action"]!["text"]!.ToString());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND DigestRegion = 'bangkok_east'"));
    }

    [Fact]
    public async Task Unsubscribing_stops_the_digest_and_the_status_says_so()
    {
        var group = await JoinedGroupAsync();
        var staff = new Chatter(_bot, group, (await fixture.NewStaffAsync("เลิก รับ")).UserId);
        await staff.SayAsync("รับสรุปรายวัน ภาคใต้");
        var stop = await staff.SayAsync("เลิกรับสรุปรายวัน");
        Assert.StartsWith("เลิกรับสรุปรายวันแล้วค่ะ", stop.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND DigestSubscribed = 0 AND DigestRegion IS NULL"));
        Assert.StartsWith("กลุ่มนี้ยังไม่ได้รับสรุปรายวันค่ะ", (await staff.SayAsync("สถานะกลุ่ม")).Text());
        Assert.Equal("กลุ่มนี้ไม่ได้รับสรุปรายวันอยู่แล้วค่ะ", (await staff.SayAsync("เลิกรับสรุปรายวัน")).Text());
    }

    [Fact]
    public async Task Being_removed_marks_the_group_left_and_unsubscribes_it_and_a_rejoin_clears_left()
    {
        var group = await JoinedGroupAsync();
        var staff = new Chatter(_bot, group, (await fixture.NewStaffAsync("ออก กลุ่ม")).UserId);
        await staff.SayAsync("รับสรุปรายวัน");

        var answers = await staff.SendAsync(_bot.Webhooks.Leave(group));
        Assert.Empty(answers); // a leave event has no reply token, and nobody to tell
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND LeftAt IS NOT NULL AND DigestSubscribed = 0"));

        await staff.SendAsync(_bot.Webhooks.Join(group));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND LeftAt IS NULL AND DigestSubscribed = 0"));
    }

    [Fact]
    public async Task A_leave_from_a_group_never_recorded_is_recorded_as_left()
    {
        var group = LineIds.Random('C');
        await new Chatter(_bot, group).SendAsync(_bot.Webhooks.Leave(group));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND LeftAt IS NOT NULL AND DigestSubscribed = 0"));
    }

    [Fact]
    public async Task Non_staff_are_refused_and_the_commands_explain_they_are_for_groups()
    {
        var group = await JoinedGroupAsync();
        var guest = fixture.Person("แขก ในกลุ่ม", group);
        foreach (var command in (string[])["รับสรุปรายวัน", "รับสรุปรายวัน ภาคใต้", "เลิกรับสรุปรายวัน"])
            Assert.StartsWith("ขออภัยค่ะ คำสั่งนี้สำหรับเจ้าหน้าที่ ศปก. พอช. ค่ะ", (await guest.SayAsync(command)).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM chat_groups WHERE GroupId = '{group}' AND DigestSubscribed = 1"));

        // LINE names a group member only after they added the bot as a friend.
        var anonymous = _bot.Webhooks.Text(null!, "รับสรุปรายวัน", group, mentionBot: true);
        var unknown = Assert.Single(await new Chatter(_bot, group).SendAsync(anonymous));
        Assert.Contains("กรุณาเพิ่ม CodiBot เป็นเพื่อน แล้วพิมพ์คำสั่งอีกครั้ง", unknown.Text());

        var staff = await fixture.NewStaffAsync("แชต ส่วนตัว");
        foreach (var command in (string[])["รับสรุปรายวัน", "เลิกรับสรุปรายวัน", "สถานะกลุ่ม"])
            Assert.StartsWith("คำสั่งนี้ใช้ในกลุ่ม LINE ค่ะ", (await staff.SayAsync(command)).Text());
        // Only the command word itself: "subscribed" is not "subscribe".
        Assert.StartsWith("Sorry, I didn't understand that", (await staff.SayAsync("subscribed")).Text());
    }

    [Fact]
    public void The_schedule_reads_as_a_daily_time_or_its_next_run()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");
        var now = StaffBot.Start;
        Assert.Equal("ทุกวันเวลา 18:00 น.", DigestTime.Describe("0 18 * * *", Lang.Th, now, zone));
        Assert.Equal("every day at 07:30", DigestTime.Describe("30 7 * * *", Lang.En, now, zone));
        // Weekdays only: 27 Mar 2020 is a Friday, so after 10:00 the next run is Monday 30 Mar.
        Assert.Equal("ตามกำหนดเวลา (ครั้งถัดไป 30 มี.ค. 2563 เวลา 08:00 น.)", DigestTime.Describe("0 8 * * 1-5", Lang.Th, now, zone));
        Assert.Equal("ตามเวลาที่ตั้งไว้", DigestTime.Describe("not a cron", Lang.Th, now, zone));
    }
}
