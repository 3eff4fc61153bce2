using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Dialogs;

[Collection(SharedBotCollection.Name)]
public sealed class DialogBehaviourTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    async Task<Chatter> LeaderAsync()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        return leader;
    }

    [Fact]
    public async Task Back_asks_the_previous_field_again_showing_its_answer_and_keep_moves_on()
    {
        var leader = await LeaderAsync();
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("แจกหน้ากาก");
        await leader.SayAsync("แจกหน้ากากให้ร้านค้าในตลาด");
        var again = await leader.SayAsync("ย้อนกลับ");
        Assert.Contains("เล่าสั้น ๆ", again.Text());
        Assert.Contains("ตอนนี้: แจกหน้ากากให้ร้านค้าในตลาด", again.Text());
        Assert.Contains("คงเดิม", again.QuickReplyLabels());
        Assert.Contains("จำนวนเท่าไร", (await leader.SayAsync("คงเดิม")).Text());
        await leader.SayAsync("ย้อนกลับ");
        Assert.Contains("กิจกรรมประเภทไหน", (await leader.SayAsync("ย้อนกลับ")).Text());
    }

    [Fact]
    public async Task Cancel_is_immediate_early_and_asks_first_when_much_was_entered()
    {
        var leader = await LeaderAsync();
        await leader.SayAsync("รายงานโควิด");
        Assert.Contains("ยกเลิกแล้ว", (await leader.SayAsync("ยกเลิก")).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{leader.UserId}'"));

        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("แจกเจล");
        await leader.SayAsync("แจกเจลล้างมือให้ อสม.");
        await leader.SayAsync("20 ลิตร");
        var ask = await leader.SayAsync("ยกเลิก");
        Assert.Contains("ยกเลิกรายการนี้ใช่ไหม", ask.Text());
        var back = await leader.SayAsync("ทำต่อ");
        Assert.Contains("กี่คน", back.Text()); // the question it was on
        await leader.SayAsync("ยกเลิก");
        Assert.Contains("ยกเลิกแล้ว", (await leader.SayAsync("ใช่")).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM reports WHERE ReporterUserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task Edit_by_number_from_the_summary_changes_one_answer_and_returns_to_the_summary()
    {
        var leader = await LeaderAsync();
        var summary = await leader.SayAsync("แจกหน้ากากผ้าให้ประชาชน 300 ชิ้น");
        Assert.Contains("4. จำนวน: ", summary.Text());
        Assert.Contains("จำนวนเท่าไร", (await leader.SayAsync("แก้ 4")).Text());
        var after = await leader.SayAsync("350 ชิ้น");
        Assert.Matches(@"4\. จำนวน: หน้ากาก\S* 350 ชิ้น", after.Text()); // the item stays

        var choose = await leader.SayAsync("แก้ไข");
        Assert.Contains("ข้อไหน", choose.Text());
        Assert.Contains("7 +รูปถ่าย", choose.QuickReplyLabels()); // an empty one can be added
        Assert.Contains("วันไหน", (await leader.SayAsync("5")).Text()); // skipped people reached is not a line
        Assert.Contains("วันที่นี้ยังมาไม่ถึง", (await leader.SayAsync("31/12/2600")).Text());
        Assert.Contains("สรุป", (await leader.SayAsync("เมื่อวาน")).Text());
        Assert.Contains("บันทึกรายงานแล้ว", (await leader.SayAsync("ยืนยัน")).Text());
        Assert.Equal(350, await _bot.ScalarAsync($"SELECT SUM(m.Quantity) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.ReporterUserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task Asking_for_another_dialog_mid_way_asks_what_to_do()
    {
        var leader = await LeaderAsync();
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("จุดคัดกรอง");
        var ask = await leader.SayAsync("รายงานโครงการ");
        Assert.Contains("ยังทำ", ask.Text());
        Assert.Contains("ทำต่อ", ask.QuickReplyLabels());
        Assert.Contains("เล่าสั้น ๆ", (await leader.SayAsync("ทำต่อ")).Text());
        await leader.SayAsync("รายงานโครงการ");
        var project = await leader.SayAsync("รายงานโครงการ");
        Assert.Contains("โครงการไหน", project.Text());
    }

    [Fact]
    public async Task Unsending_a_message_takes_back_its_answer()
    {
        var leader = await LeaderAsync();
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("แจกหน้ากาก");
        await leader.SayAsync("แจกหน้ากากผิดตำบล");
        var wrong = leader.LastMessageId;
        await leader.SendAsync(_bot.Webhooks.Unsend(leader.UserId, wrong));
        // The next answer goes to the question that was asked; the withdrawn one is asked again after it.
        var next = await leader.SayAsync("100 ชิ้น");
        Assert.Contains("เล่าสั้น ๆ", next.Text());
    }

    [Fact]
    public async Task Two_people_in_one_group_keep_their_own_dialogs()
    {
        var group = Simulator.LineIds.Random('C');
        var a = new Chatter(_bot, group);
        var b = new Chatter(_bot, group);
        // Registration asks personal data, so it runs in each person's 1:1 chat; reports may be made in the group.
        await new Chatter(_bot, userId: a.UserId).RegisterAsync();
        await new Chatter(_bot, userId: b.UserId).RegisterAsync();
        Assert.Contains("กิจกรรมประเภทไหน", (await a.SayAsync("รายงานโควิด")).Text());
        Assert.Contains("กิจกรรมประเภทไหน", (await b.SayAsync("รายงานโควิด")).Text());
        var onlooker = new Chatter(_bot, group);
        Assert.Empty(await onlooker.ChatAsync("ตั้งจุดคัดกรองที่ศาลาเกาะขันธุ์")); // not addressed: silence
        Assert.NotEmpty(await a.ChatAsync("ตั้งจุดคัดกรองที่ศาลาเกาะขันธุ์")); // an open dialog needs no mention
        var stateA = await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE ConversationKey LIKE 'g:%{a.UserId}' AND StateJson LIKE '%screening_point%'");
        var stateB = await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE ConversationKey LIKE 'g:%{b.UserId}' AND StateJson LIKE '%screening_point%'");
        Assert.Equal((1, 0), (stateA, stateB));
    }

    [Fact]
    public async Task An_idle_dialog_expires_and_the_person_is_told_next_time()
    {
        var leader = await LeaderAsync();
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("แจกหน้ากาก");
        // A day and a bit later (the state's own clock is what counts).
        await _bot.ScalarAsync($"UPDATE conversation_states SET StateJson = json_set(StateJson, '$.updatedAt', 0) WHERE UserId = '{leader.UserId}'");
        var answers = await leader.SayAllAsync("แจกหน้ากากให้ผู้สูงอายุ");
        Assert.Contains("หมดเวลา", answers[0].Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM reports WHERE ReporterUserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task Photos_sent_before_a_report_are_held_and_attached_to_it()
    {
        var leader = await LeaderAsync();
        var held = Assert.Single(await leader.PhotosAsync(2));
        Assert.Contains("รายงานถัดไป", held.Text());
        var summary = await leader.SayAsync("แจกเจลแอลกอฮอล์ 7 ลิตร");
        Assert.Contains("รูปถ่าย: 2 รูป", summary.Text());

        // One more at the summary is attached; unsending it takes it back out.
        var added = Assert.Single(await leader.PhotosAsync(1));
        Assert.Contains("เพิ่มรูปแล้ว", added.Text());
        Assert.Contains("รูปถ่าย: 3 รูป", added.Text());
        await leader.SendAsync(_bot.Webhooks.Unsend(leader.UserId, leader.LastMessageId));
        Assert.Equal(2, await _bot.ScalarAsync($"SELECT json_array_length(StateJson, '$.answers.photos') FROM conversation_states WHERE UserId = '{leader.UserId}'"));
        await leader.SayAsync("ยืนยัน");
        Assert.Equal(2, await _bot.ScalarAsync($"SELECT COUNT(*) FROM report_photos p JOIN reports r ON r.Id = p.ReportId WHERE r.ReporterUserId = '{leader.UserId}'"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM held_photos WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task Held_photos_expire_and_are_not_attached_after_that()
    {
        var leader = await LeaderAsync();
        await leader.PhotosAsync(1);
        await _bot.ScalarAsync($"UPDATE held_photos SET ExpiresAt = 0 WHERE UserId = '{leader.UserId}'");
        var summary = await leader.SayAsync("แจกเจลแอลกอฮอล์ 7 ลิตร");
        Assert.DoesNotContain("รูปถ่าย", summary.Text());
    }

    [Fact]
    public async Task My_reports_lists_them_and_a_report_can_be_corrected_and_withdrawn_with_history()
    {
        var leader = await LeaderAsync();
        await leader.SayAsync("แจกข้าวสาร 100 กิโลกรัม");
        var saved = await leader.SayAsync("ยืนยัน");
        var code = System.Text.RegularExpressions.Regex.Match(saved.Text(), "เลขที่ ([A-Z0-9]{6})").Groups[1].Value;
        var list = await leader.SayAsync("รายงานของฉัน");
        Assert.Contains(code, list.Text());
        Assert.Contains($"แก้ไข {code}", list.QuickReplyLabels());

        var correcting = await leader.SayAsync($"แก้ไข {code}");
        Assert.Contains("4. จำนวน: ", correcting.Text());
        await leader.SayAsync("แก้ 4");
        await leader.SayAsync("120 กก.");
        Assert.Contains("บันทึกการแก้ไข", (await leader.SayAsync("ยืนยัน")).Text());
        Assert.Equal(120, await _bot.ScalarAsync($"SELECT SUM(m.Quantity) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.Code = '{code}'"));
        Assert.Equal(2, await _bot.ScalarAsync($"SELECT Version FROM reports WHERE Code = '{code}'"));

        await leader.SayAsync($"ถอน {code}");
        Assert.Contains("ถอนรายงานแล้ว", (await leader.SayAsync("ถอนรายงาน")).Text());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.Code = '{code}'"));
        Assert.Equal(3, await _bot.ScalarAsync($"SELECT COUNT(*) FROM report_versions v JOIN reports r ON r.Id = v.ReportId WHERE r.Code = '{code}'"));
        Assert.Contains("ไม่พบ", (await new Chatter(_bot).SayAsync($"ถอน {code}")).Text()); // not someone else's
    }
}
