using System.Net;
using System.Text;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Webhook;

[Collection(SharedBotCollection.Name)]
public sealed class WebhookTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    [Fact]
    public async Task Signed_event_is_stored_before_the_200_and_answered()
    {
        var user = LineIds.Random('U');
        var e = _bot.Webhooks.Text(user, "ช่วยเหลือ");
        var response = await _bot.Webhooks.SendAsync(e);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The 200 means committed: the event is on disk the moment the answer arrives.
        Assert.Equal(1, await _bot.StoredAsync(e["webhookEventId"]!.ToString()));
        var answer = Assert.Single(await _bot.MessagesAsync(user, 1));
        Assert.Equal("reply", answer.How);
        Assert.Empty(_bot.Line.SpecErrors());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-base64!")]
    [InlineData("c2lnbmF0dXJlLW9mLWFub3RoZXItc2VjcmV0LXh4eHh4eHh4eHg=")]
    public async Task Missing_or_wrong_signature_is_401_and_nothing_is_stored(string? signature)
    {
        var e = _bot.Webhooks.Text(LineIds.Random('U'), "สวัสดี");
        var body = _bot.Webhooks.Payload(e);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/line/webhook") { Content = new ByteArrayContent(body) };
        if (signature is not null) request.Headers.TryAddWithoutValidation("x-line-signature", signature);

        var response = await _bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await _bot.StoredAsync(e["webhookEventId"]!.ToString()));
    }

    [Fact]
    public async Task Signature_over_other_bytes_is_refused_even_if_json_is_equal()
    {
        var e = _bot.Webhooks.Text(LineIds.Random('U'), "สวัสดี");
        var body = _bot.Webhooks.Payload(e);
        var signature = CodiBot.Line.Webhook.WebhookSignature.Compute(body, TestBot.ChannelSecret);
        var reformatted = Encoding.UTF8.GetBytes(" " + Encoding.UTF8.GetString(body));

        var response = await _bot.Webhooks.SendRawAsync(reformatted, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Header_name_is_read_case_insensitively()
    {
        var e = _bot.Webhooks.Text(LineIds.Random('U'), "สวัสดี");
        var body = _bot.Webhooks.Payload(e);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/line/webhook") { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("X-Line-Signature", CodiBot.Line.Webhook.WebhookSignature.Compute(body, TestBot.ChannelSecret));

        Assert.Equal(HttpStatusCode.OK, (await _bot.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_413()
    {
        var big = Encoding.UTF8.GetBytes("{\"destination\":\"U\",\"events\":[],\"pad\":\"" + new string('x', 1024 * 1024) + "\"}");
        var response = await _bot.Webhooks.SendRawAsync(big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"destination\":\"U\"}")]
    [InlineData("{\"destination\":\"U\",\"events\":{}}")]
    [InlineData("{\"destination\":\"U\",\"events\":[42]}")]
    public async Task Invalid_json_after_a_valid_signature_is_400(string body)
    {
        var response = await _bot.Webhooks.SendRawAsync(Encoding.UTF8.GetBytes(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Empty_events_array_is_LINEs_connectivity_check()
    {
        var response = await _bot.Webhooks.SendAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Redelivered_and_duplicate_events_are_stored_and_answered_once()
    {
        var user = LineIds.Random('U');
        var e = _bot.Webhooks.Text(user, "ช่วยเหลือ");

        Assert.Equal(HttpStatusCode.OK, (await _bot.Webhooks.SendAsync(e)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bot.Webhooks.SendAsync(WebhookSender.Redelivery(e))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bot.Webhooks.SendAsync(e, e)).StatusCode);
        await _bot.UntilSentAsync(e);

        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM inbox_events WHERE WebhookEventId = '{e["webhookEventId"]}'"));
        Assert.Single(_bot.Platform.Delivered(user));
    }

    [Fact]
    public async Task Unknown_event_types_and_fields_are_kept_and_never_fatal()
    {
        var user = LineIds.Random('U');
        var unknown = _bot.Webhooks.Text(user, "x");
        unknown["type"] = "somethingNew";
        unknown["brandNewField"] = new System.Text.Json.Nodes.JsonObject { ["nested"] = 1 };
        var known = _bot.Webhooks.Text(user, "ช่วยเหลือ");
        known["anotherNewField"] = "ok";

        Assert.Equal(HttpStatusCode.OK, (await _bot.Webhooks.SendAsync(unknown, known)).StatusCode);

        Assert.Equal(1, await _bot.UntilSettledAsync(unknown)); // done, not parked
        Assert.Single(await _bot.MessagesAsync(user, 1));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM inbox_events WHERE WebhookEventId = '{unknown["webhookEventId"]}' AND Type = 'somethingNew'"));
    }

    [Fact]
    public async Task Standby_events_are_stored_and_never_answered()
    {
        var user = LineIds.Random('U');
        var standby = new WebhookSender(_bot.Platform, _bot.Webhooks.WebhookUri, TestBot.ChannelSecret, _bot.Http) { Mode = "standby" };
        var e = standby.Text(user, "ช่วยเหลือ");
        Assert.Null(e["replyToken"]);

        Assert.Equal(HttpStatusCode.OK, (await standby.SendAsync(e)).StatusCode);

        Assert.Equal(1, await _bot.UntilSettledAsync(e));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{e["webhookEventId"]}'"));
        Assert.Empty(_bot.Platform.Delivered(user));
    }

    [Fact]
    public async Task Events_of_one_conversation_are_handled_in_timestamp_order()
    {
        var user = LineIds.Random('U');
        var first = _bot.Webhooks.Text(user, "สวัสดี");
        var second = _bot.Webhooks.Text(user, "ขอบคุณ");
        var third = _bot.Webhooks.Text(user, "ช่วยเหลือ");
        var t = (long)first["timestamp"]!;
        second["timestamp"] = t + 1000;
        third["timestamp"] = t + 2000;

        // Delivered out of order, in one request: the bot must still answer in the order they were written.
        Assert.Equal(HttpStatusCode.OK, (await _bot.Webhooks.SendAsync(third, first, second)).StatusCode);

        var answers = await _bot.MessagesAsync(user, 3);
        Assert.Contains("วันนี้ต้องการทำอะไร", answers[0].Text());
        Assert.Contains("ยินดีค่ะ", answers[1].Text());
        Assert.Contains("CodiBot ทำอะไรได้บ้าง", answers[2].Text());
    }
}
