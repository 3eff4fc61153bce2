using System.Text.Json.Nodes;
using CodiBot.Inbox;
using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Photos;

/// <summary>
/// Photos through the whole bot: signed webhooks, the inbox worker, the stand-in LINE data host. Whatever LINE or a
/// client does with a photo, the person gets an answer, nothing parks, and nobody else waits for it.
/// </summary>
public sealed class PhotoTurnTests : IAsyncLifetime
{
    TestBot _bot = null!;

    public async Task InitializeAsync() => _bot = await TestBot.StartAsync();
    public Task DisposeAsync() => _bot.DisposeCheckingSpecAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../../../etc/passwd")]
    [InlineData("..")]
    [InlineData("2026/11/x")]
    [InlineData("x.jpg")]
    public async Task A_photo_without_a_usable_message_id_is_answered_kindly_and_nothing_parks(string? messageId)
    {
        var user = LineIds.Random('U');
        var photo = _bot.Webhooks.Image(user, TestImages.Jpeg());
        var message = photo["message"]!.AsObject();
        if (messageId is null) message.Remove("id");
        else message["id"] = messageId;

        await _bot.Webhooks.SendAsync(photo);

        Assert.Equal((long)InboxStatus.Done, await _bot.UntilSettledAsync(photo));
        await _bot.UntilSentAsync(photo);
        var answer = Assert.Single(_bot.Platform.Delivered(user));
        Assert.Contains("ไม่ได้รับรูปนี้", answer.Text());
        Assert.Contains("ส่งรูปใหม่", answer.Text());
        // Refused before LINE is asked: the id never became part of a URL or a storage key.
        Assert.DoesNotContain(_bot.Platform.Requests, r => r.Path.Contains("/content") && r.Path.Contains("passwd"));
    }

    [Fact]
    public async Task LINE_failing_to_serve_a_photo_is_retried_a_few_times_then_the_person_is_asked_to_send_it_again()
    {
        var user = LineIds.Random('U');
        var photo = _bot.Webhooks.Image(user, TestImages.Jpeg());
        var path = ContentPath(photo);
        _bot.Platform.FailNext(path, 500, times: 1000);

        await _bot.Webhooks.SendAsync(photo);

        Assert.Equal((long)InboxStatus.Done, await _bot.UntilSettledAsync(photo));
        await _bot.UntilSentAsync(photo);
        var answer = Assert.Single(_bot.Platform.Delivered(user));
        Assert.Contains("ดึงรูปนี้จาก LINE ไม่ได้", answer.Text());
        Assert.Contains("ส่งรูปนี้ใหม่", answer.Text());
        var asked = _bot.Platform.Requests.Count(r => r.Path == path);
        Assert.InRange(asked, 2, 12);
    }

    [Fact]
    public async Task A_photo_LINE_is_still_preparing_holds_nobody_else_and_is_answered_when_ready()
    {
        var sender = LineIds.Random('U');
        var other = LineIds.Random('U');
        var photo = _bot.Webhooks.Image(sender, TestImages.Jpeg());
        _bot.Platform.MarkContentPreparing(MessageId(photo));
        var hello = _bot.Webhooks.Text(other, "สวัสดี");

        // One body: both events land together and would share a batch.
        await _bot.Webhooks.SendAsync(photo, hello);

        // The greeting is answered while LINE still answers 202 for the photo, which has no answer yet.
        await _bot.UntilSentAsync(hello);
        Assert.Single(_bot.Platform.Delivered(other));
        Assert.Contains(_bot.Platform.Requests, r => r.Path == ContentPath(photo) && r.Status == 202);
        Assert.Equal((long)InboxStatus.Pending, await StatusAsync(photo));
        Assert.Empty(_bot.Platform.Delivered(sender));

        _bot.Platform.MarkContentReady(MessageId(photo));

        await _bot.UntilSentAsync(photo);
        var kept = Assert.Single(_bot.Platform.Delivered(sender));
        Assert.Contains("ได้รับรูปแล้ว", kept.Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM held_photos WHERE UserId = '{sender}'"));
    }

    [Fact]
    public async Task What_follows_a_photo_LINE_is_preparing_waits_for_it_so_the_photo_is_attached()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("ผลิตหน้ากาก");
        await leader.SayAsync("เย็บหน้ากากผ้าแจกผู้สูงอายุในตำบล");
        await leader.SayAsync("2,000 ชิ้น");
        await leader.SayAsync("ข้าม");
        Assert.Contains("ถ่ายรูป", (await leader.SayAsync("เมื่อวาน")).QuickReplyLabels());

        var photo = _bot.Webhooks.Image(leader.UserId, TestImages.Jpeg());
        _bot.Platform.MarkContentPreparing(MessageId(photo));
        var done = _bot.Webhooks.Text(leader.UserId, "เสร็จ");
        var before = _bot.Platform.Delivered(leader.UserId).Count;
        await _bot.Webhooks.SendAsync(photo, done);

        // LINE has answered 202 at least once; the photo and then "เสร็จ" are still waiting, in that order.
        await WaitUntilAsync(() => _bot.Platform.Requests.Any(r => r.Path == ContentPath(photo) && r.Status == 202));
        Assert.Equal((long)InboxStatus.Pending, await StatusAsync(done));
        _bot.Platform.MarkContentReady(MessageId(photo));
        await _bot.UntilSentAsync(photo);
        await _bot.UntilSentAsync(done);

        var answers = _bot.Platform.Delivered(leader.UserId).Skip(before).ToList();
        Assert.Contains("ได้รับแล้ว 1 รูป", answers[0].Text());
        Assert.Contains("ส่งตำแหน่ง", answers[^1].QuickReplyLabels()); // "เสร็จ" settled the photo question
        Assert.Equal(1, await _bot.ScalarAsync(
            $"SELECT json_array_length(StateJson, '$.answers.photos') FROM conversation_states WHERE UserId = '{leader.UserId}'"));
    }

    static string MessageId(JsonObject e) => e["message"]!["id"]!.ToString();
    static string ContentPath(JsonObject e) => $"/v2/bot/message/{MessageId(e)}/content";

    Task<long> StatusAsync(JsonObject e) =>
        _bot.ScalarAsync($"SELECT COALESCE((SELECT Status FROM inbox_events WHERE WebhookEventId = '{e["webhookEventId"]}'), 0)");

    static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Waits.Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not come true in time");
            await Task.Delay(20);
        }
    }
}
