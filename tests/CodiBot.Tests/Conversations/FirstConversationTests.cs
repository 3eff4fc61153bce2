using CodiBot.Conversations;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Conversations;

[Collection(SharedBotCollection.Name)]
public sealed class FirstConversationTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    [Fact]
    public async Task Follow_gets_a_Thai_welcome_with_quick_replies_for_what_the_bot_can_do()
    {
        var user = LineIds.Random('U');
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Follow(user));

        // A newcomer gets the welcome, then registration starts at once with the consent question.
        var messages = await _bot.MessagesAsync(user, 2);
        Assert.Contains("ยินดีต้อนรับ", messages[0].Text());
        Assert.Contains("ขออนุญาตเก็บข้อมูล", messages[1].Text());
        Assert.Equal(["ยินยอม", "ไม่ยินยอม", "ยกเลิก"], messages[1].QuickReplyLabels());
    }

    [Theory]
    [InlineData("ช่วยเหลือ")]
    [InlineData("  ช่วยเหลือครับ ")]
    [InlineData("วิธีใช้ค่ะ")]
    [InlineData("เมนู")]
    [InlineData("ทำอะไรได้บ้าง")]
    public async Task Help_in_Thai(string text)
    {
        var user = LineIds.Random('U');
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Text(user, text));

        var help = Assert.Single(await _bot.MessagesAsync(user, 1));
        Assert.Contains("CodiBot ทำอะไรได้บ้าง", help.Text());
        Assert.Contains("\"ยอดหน้ากาก ภาคใต้ สัปดาห์นี้\"", help.Text());
        Assert.Contains("\"สรุปวันนี้\"", help.Text());
        Assert.Contains("\"คำสั่งเจ้าหน้าที่\"", help.Text());
        Assert.Contains("ช่วยเหลือ", help.QuickReplyLabels());
    }

    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("MENU")]
    public async Task Help_in_English_for_English_writers(string text)
    {
        var user = LineIds.Random('U');
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Text(user, text));

        var help = Assert.Single(await _bot.MessagesAsync(user, 1));
        Assert.Contains("What CodiBot can do", help.Text());
        Assert.Contains("Help", help.QuickReplyLabels());
    }

    [Theory]
    [InlineData("อากาศวันนี้ร้อนมาก")]
    [InlineData("asdfgh")]
    [InlineData("12345")]
    public async Task Other_text_gets_a_friendly_not_understood_with_help_quick_replies(string text)
    {
        var user = LineIds.Random('U');
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Text(user, text));

        var answer = Assert.Single(await _bot.MessagesAsync(user, 1));
        Assert.Contains(Language.Of(text) == Lang.En ? "didn't understand" : "ยังไม่เข้าใจ", answer.Text());
        Assert.NotEmpty(answer.QuickReplyLabels());
    }

    [Fact]
    public async Task A_photo_outside_a_report_is_acknowledged_once_per_set_with_the_loading_animation()
    {
        var user = LineIds.Random('U');
        var photos = _bot.Webhooks.Images(user, [(Photos.TestImages.Jpeg(), "image/jpeg"), (Photos.TestImages.Jpeg(), "image/jpeg"), (Photos.TestImages.Png(), "image/png")]);

        await _bot.Webhooks.SendAsync(photos);
        foreach (var p in photos) await _bot.UntilSentAsync(p);

        var answer = Assert.Single(_bot.Platform.Delivered(user));
        Assert.Contains("ได้รับรูปแล้ว", answer.Text());
        Assert.Contains("รายงานถัดไป", answer.Text()); // held for the next report
        Assert.Contains(_bot.Platform.Requests, r => r.Path.EndsWith("/chat/loading/start") && r.Body!.Contains(user));
    }

    [Fact]
    public async Task Sticker_and_location_get_sensible_answers()
    {
        var user = LineIds.Random('U');
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Sticker(user, "446", "1988"));
        await _bot.MessagesAsync(user, 1);
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Location(user, "ศาลาประชาคม", "ต.ละแม อ.ละแม จ.ชุมพร", 9.75, 99.07));

        var answers = await _bot.MessagesAsync(user, 2);
        Assert.Contains("สติกเกอร์", answers[0].Text());
        Assert.Contains("ตำแหน่ง", answers[1].Text());
    }

    [Fact]
    public async Task Joining_a_group_says_a_short_greeting_there()
    {
        var group = LineIds.Random('C');
        await _bot.Webhooks.SendAsync(_bot.Webhooks.Join(group));

        var greeting = Assert.Single(await _bot.MessagesAsync(group, 1));
        Assert.Contains("สวัสดีทุกคน", greeting.Text());
        Assert.Equal("reply", greeting.How);
    }

    [Fact]
    public async Task In_a_group_the_bot_speaks_only_when_addressed()
    {
        var group = LineIds.Random('C');
        var user = LineIds.Random('U');
        var chatter = new[]
        {
            _bot.Webhooks.Text(user, "พรุ่งนี้ประชุมกี่โมงคะ", group),
            _bot.Webhooks.Text(user, "ช่วยเหลือชาวบ้านกันเยอะเลย", group),
            _bot.Webhooks.Image(user, [1, 2], groupId: group),
            _bot.Webhooks.Sticker(user, "446", "1988", group),
        };
        await _bot.Webhooks.SendAsync(chatter);
        foreach (var e in chatter) await _bot.UntilSentAsync(e);
        Assert.Empty(_bot.Platform.Delivered(group));

        await _bot.Webhooks.SendAsync(_bot.Webhooks.Text(user, "ขอเมนูหน่อย", group, mentionBot: true));
        var first = Assert.Single(await _bot.MessagesAsync(group, 1));
        Assert.Contains("ยังไม่เข้าใจ", first.Text());

        await _bot.Webhooks.SendAsync(_bot.Webhooks.Text(user, "ช่วยเหลือ", group));
        var answers = await _bot.MessagesAsync(group, 2);
        Assert.Contains("CodiBot ทำอะไรได้บ้าง", answers[1].Text());
    }

    [Fact]
    public async Task Unfollow_leave_and_member_events_are_stored_silently()
    {
        var user = LineIds.Random('U');
        var group = LineIds.Random('C');
        var events = new[] { _bot.Webhooks.Unfollow(user), _bot.Webhooks.Leave(group), _bot.Webhooks.MemberJoined(group, user), _bot.Webhooks.MemberLeft(group, user) };
        await _bot.Webhooks.SendAsync(events);
        foreach (var e in events) Assert.Equal(1, await _bot.UntilSettledAsync(e));
        Assert.Empty(_bot.Platform.Delivered(user));
        Assert.Empty(_bot.Platform.Delivered(group));
    }
}
