using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using CodiBot.Tests.Staff;

namespace CodiBot.Tests.Conversations;

/// <summary>Admins and staff come to work, not to register as leaders: no consent question on first contact.</summary>
public sealed class FirstContactTests(StaffBot fixture) : IClassFixture<StaffBot>
{
    readonly TestBot _bot = fixture.Bot;

    [Fact]
    public async Task An_admin_who_adds_the_bot_gets_the_welcome_and_staff_commands_not_consent()
    {
        var before = _bot.Platform.Delivered(fixture.AdminId).Count; // other tests talk with the same admin
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Follow(fixture.AdminId));
        var messages = (await _bot.MessagesAsync(fixture.AdminId, before + 2)).Skip(before).ToList();
        Assert.Contains("ยินดีต้อนรับ", messages[0].Text());
        Assert.Contains("คำสั่งเจ้าหน้าที่", messages[1].QuickReplyLabels());
        Assert.DoesNotContain(messages, m => m.Text().Contains("ขออนุญาตเก็บข้อมูล"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{fixture.AdminId}'"));
    }

    [Fact]
    public async Task Staff_who_type_a_report_are_told_reports_go_for_an_organisation_not_asked_consent()
    {
        var staff = await fixture.NewStaffAsync("ประเสริฐ ศปก.");
        var answer = await staff.SayAsync("แจกหน้ากากผ้า 500 ชิ้น");
        Assert.DoesNotContain("ขออนุญาตเก็บข้อมูล", answer.Text());
        Assert.Contains("ในนามองค์กร", answer.Text());
        Assert.Contains("คำสั่งเจ้าหน้าที่", answer.QuickReplyLabels());
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{staff.UserId}'"));

        // Registering stays theirs to choose.
        Assert.Contains("ขออนุญาตเก็บข้อมูล", (await staff.SayAsync("ลงทะเบียน")).Text());
    }
}
