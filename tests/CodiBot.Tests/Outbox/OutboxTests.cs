using CodiBot.Line.Messaging;
using CodiBot.Outbox;
using CodiBot.Simulator;
using CodiBot.Storage;
using CodiBot.Tests.Infrastructure;
using CodiBot.Testing;

namespace CodiBot.Tests.Outbox;

[Collection(SharedBotCollection.Name)]
public sealed class OutboxTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    [Fact]
    public async Task Server_errors_from_LINE_are_retried_until_the_reply_goes_through()
    {
        var user = LineIds.Random('U');
        var e = _bot.Webhooks.Text(user, "ช่วยเหลือ");
        _bot.Platform.FailNext("/v2/bot/message/reply", 500, times: 2);

        await _bot.Webhooks.SendAsync(e);

        var answer = Assert.Single(await _bot.MessagesAsync(user, 1));
        Assert.Equal("reply", answer.How);
    }

    [Fact]
    public async Task An_expired_reply_token_falls_back_to_a_push_with_a_retry_key()
    {
        var user = LineIds.Random('U');
        var e = _bot.Webhooks.Text(user, "ช่วยเหลือ");
        _bot.Platform.ExpireReplyToken(e["replyToken"]!.ToString());

        await _bot.Webhooks.SendAsync(e);

        var answer = Assert.Single(await _bot.MessagesAsync(user, 1));
        Assert.Equal("push", answer.How);
        var push = _bot.Platform.Requests.Last(r => r.Path.EndsWith("/push") && r.Body!.Contains(user));
        Assert.True(Guid.TryParse(push.Headers["X-Line-Retry-Key"], out _));
        await _bot.UntilSentAsync(e);
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{e["webhookEventId"]}' AND Delivery = 'push'"));
    }

    [Fact]
    public async Task A_push_resent_after_a_crash_is_recognised_by_its_retry_key_and_not_duplicated()
    {
        var user = LineIds.Random('U');
        var messages = new[] { LineMessage.Text("ประกาศ: ประชุมพรุ่งนี้ 9 โมง") };
        var retryKey = Guid.NewGuid();
        // The first attempt reached LINE, then the bot died before recording it: the row is still pending.
        var client = _bot.Services.GetRequiredService<LineClient>();
        await client.PushAsync(user, messages, retryKey, CancellationToken.None);
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
            db.OutboxMessages.Add(new OutboxMessage
            {
                RetryKey = retryKey, ChatId = user, MessagesJson = LineMessage.SerializeArray(messages), Attempts = 1,
                SourceEventId = "crash-" + retryKey,
            });
            await db.SaveChangesAsync();
        }
        _bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await UntilNotPendingAsync($"crash-{retryKey}");

        Assert.Equal(1, await _bot.ScalarAsync($"SELECT Status FROM outbox_messages WHERE SourceEventId = 'crash-{retryKey}'"));
        Assert.Single(_bot.Platform.Delivered(user));
        Assert.Contains(_bot.Platform.Requests, r => r.Path.EndsWith("/push") && r.Status == 409 && r.Headers["X-Line-Retry-Key"] == retryKey.ToString());
    }

    [Fact]
    public async Task A_reply_whose_token_our_earlier_attempt_used_is_not_pushed_again()
    {
        var user = LineIds.Random('U');
        var messages = new[] { LineMessage.Text("สวัสดีค่ะ") };
        var token = _bot.Platform.IssueReplyToken(user);
        var client = _bot.Services.GetRequiredService<LineClient>();
        await client.ReplyAsync(token, messages, CancellationToken.None); // delivered, then "crash"
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
            db.OutboxMessages.Add(new OutboxMessage
            {
                RetryKey = Guid.NewGuid(), ChatId = user, ReplyToken = token, ReplyTokenIssuedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                MessagesJson = LineMessage.SerializeArray(messages), Attempts = 1, SourceEventId = "used-" + token,
            });
            await db.SaveChangesAsync();
        }
        _bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await UntilNotPendingAsync($"used-{token}");

        Assert.Equal(1, await _bot.ScalarAsync($"SELECT Status FROM outbox_messages WHERE SourceEventId = 'used-{token}'"));
        Assert.Single(_bot.Platform.Delivered(user));
        Assert.DoesNotContain(_bot.Platform.Requests, r => r.Path.EndsWith("/push") && r.Body!.Contains(user));
    }

    [Fact]
    public async Task A_refused_message_is_marked_failed_and_reported_in_health()
    {
        var user = LineIds.Random('U');
        var e = _bot.Webhooks.Text(user, "ช่วยเหลือ");
        _bot.Platform.FailNext("/v2/bot/message/reply", 403, message: "Injected: not allowed");

        await _bot.Webhooks.SendAsync(e);
        await _bot.UntilSentAsync(e);

        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{e["webhookEventId"]}' AND Status = 2"));
        Assert.Empty(_bot.Platform.Delivered(user));
    }

    /// <summary>Waits until the outbox row inserted by a test has been sent or given up.</summary>
    Task UntilNotPendingAsync(string sourceEventId) => HangGuard.UntilAsync(
        async () => await _bot.ScalarAsync($"SELECT Status FROM outbox_messages WHERE SourceEventId = '{sourceEventId}'") != 0,
        () => $"the outbox row of {sourceEventId} is still pending");
}
