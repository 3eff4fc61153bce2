using System.Diagnostics;
using System.Text.Json.Nodes;
using CodiBot.Line.Messaging;
using Answer = CodiBot.Line.Tests.StandInLineApi.Answer;

namespace CodiBot.Line.Tests;

public class LineClientTests
{
    const string Reply = "/api/v2/bot/message/reply";
    const string Push = "/api/v2/bot/message/push";
    static readonly IReadOnlyList<LineMessage> Hello = LineMessage.Batch(
        LineMessage.Text("สวัสดีครับ", new QuickReply(QuickReplyItem.Camera("ถ่ายรูป"), QuickReplyItem.Message("ยกเลิก", "ยกเลิก"))));

    static Answer Error(int status, string message, Dictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["message"] = message }.ToJsonString(), Headers: headers);

    [Fact]
    public async Task Reply_posts_token_and_messages_without_retry_key()
    {
        await using var h = await LineClientHarness.StartAsync();
        await h.Client.ReplyAsync("rt-1", Hello, default);

        var r = Assert.Single(h.Api.Requests);
        Assert.Equal(("POST", Reply), (r.Method, r.Path));
        Assert.False(r.Headers.ContainsKey("X-Line-Retry-Key"));
        var body = JsonNode.Parse(r.Body)!;
        Assert.Equal("rt-1", (string?)body["replyToken"]);
        Assert.Equal("สวัสดีครับ", (string?)body["messages"]![0]!["text"]);
        h.AssertAllRequestsMatchSpec();
    }

    [Fact]
    public async Task Push_retries_500_with_the_same_retry_key()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Push, Error(500, "Internal error"), new Answer(200, """{"sentMessages":[{"id":"1"}]}"""));
        var key = Guid.NewGuid();

        await h.Client.PushAsync("Uabc", Hello, key, default);

        Assert.Equal(2, h.Api.Requests.Count);
        Assert.All(h.Api.Requests, r => Assert.Equal(key.ToString(), r.Headers["X-Line-Retry-Key"]));
        Assert.Equal("Uabc", (string?)JsonNode.Parse(h.Api.Requests[1].Body)!["to"]);
        h.AssertAllRequestsMatchSpec();
    }

    [Fact]
    public async Task Gives_up_after_max_attempts_with_a_retryable_error()
    {
        await using var h = await LineClientHarness.StartAsync(maxAttempts: 3);
        h.Api.Script(Push, Error(503, "a"), Error(502, "b"), Error(500, "c"), new Answer(200));

        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.PushAsync("Uabc", Hello, Guid.NewGuid(), default));

        Assert.Equal(3, h.Api.Requests.Count);
        Assert.Equal((500, "c", true), (ex.StatusCode, ex.LineMessage, ex.IsRetryable));
        Assert.Equal("req-3", ex.RequestId);
    }

    [Fact]
    public async Task Honours_Retry_After_on_429()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Push, Error(429, "The API rate limit has been exceeded.", new() { ["Retry-After"] = "1" }), new Answer(200));

        var clock = Stopwatch.StartNew();
        await h.Client.PushAsync("Uabc", Hello, Guid.NewGuid(), default);

        Assert.Equal(2, h.Api.Requests.Count);
        // Base delay is 10 ms; only Retry-After explains waiting most of a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(408)]
    public async Task Does_not_retry_other_4xx(int status)
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Push, Error(status, "The request body has 1 error(s)"), new Answer(200));

        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.PushAsync("Uabc", Hello, Guid.NewGuid(), default));

        Assert.Single(h.Api.Requests);
        Assert.Equal(status, ex.StatusCode);
        Assert.False(ex.IsRetryable);
        Assert.False(ex.IsInvalidReplyToken);
    }

    [Fact]
    public async Task Push_409_means_already_accepted()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Push, Error(409, "The retry key is already accepted"));
        await h.Client.PushAsync("Uabc", Hello, Guid.NewGuid(), default);
        Assert.Single(h.Api.Requests);
    }

    [Fact]
    public async Task Reply_409_is_an_error()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Reply, Error(409, "conflict"));
        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.ReplyAsync("rt", Hello, default));
        Assert.Equal(409, ex.StatusCode);
    }

    [Fact]
    public async Task Multicast_carries_retry_key_and_treats_409_as_sent()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script("/api/v2/bot/message/multicast", Error(409, "The retry key is already accepted"));
        var key = Guid.NewGuid();
        await h.Client.MulticastAsync(["U1", "U2"], Hello, key, default);
        var r = Assert.Single(h.Api.Requests);
        Assert.Equal(key.ToString(), r.Headers["X-Line-Retry-Key"]);
        h.AssertAllRequestsMatchSpec();
        await Assert.ThrowsAsync<LineMessageLimitException>(() =>
            h.Client.MulticastAsync(Enumerable.Range(0, 501).Select(i => $"U{i}").ToArray(), Hello, key, default));
    }

    // A reply is not idempotent to its sender: a second try after a lost answer finds the token used, and only the
    // outbox, which records every attempt, can tell that from an expired token. So the pipeline never retries one.
    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task A_reply_that_failed_is_not_retried_inside_the_client(int status)
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Reply, Error(status, "Internal error"), new Answer(200));

        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.ReplyAsync("rt", Hello, default));

        Assert.Single(h.Api.Requests);
        Assert.Equal((status, true), (ex.StatusCode, ex.IsRetryable));
    }

    [Fact]
    public async Task A_reply_that_timed_out_is_not_retried_inside_the_client()
    {
        await using var h = await LineClientHarness.StartAsync(timeout: TimeSpan.FromSeconds(1));
        h.Api.Script(Reply, new Answer(200, Delay: TimeSpan.FromSeconds(5)), new Answer(200));

        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.ReplyAsync("rt", Hello, default));

        Assert.Single(h.Api.Requests);
        Assert.Equal((0, true), (ex.StatusCode, ex.IsRetryable));
    }

    [Fact]
    public async Task Invalid_reply_token_is_reported_as_such()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Reply, Error(400, "Invalid reply token"));

        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.ReplyAsync("expired", Hello, default));

        Assert.Single(h.Api.Requests);
        Assert.True(ex.IsInvalidReplyToken);
        Assert.False(ex.IsRetryable);
    }

    [Fact]
    public async Task Timeouts_are_retried()
    {
        // The first attempt is held past any wait; the next ones answer at once, but on a busy machine one of them may
        // also outlast the short timeout and be retried in turn: what counts is a retry, with the same key.
        await using var h = await LineClientHarness.StartAsync(maxAttempts: 5, timeout: TimeSpan.FromSeconds(1));
        h.Api.Script(Push, new Answer(200, Delay: HangGuard.Limit));
        var key = Guid.NewGuid();
        await h.Client.PushAsync("U1", Hello, key, default);
        Assert.InRange(h.Api.Requests.Count, 2, 5);
        Assert.All(h.Api.Requests, r => Assert.Equal(key.ToString(), r.Headers["X-Line-Retry-Key"]));
    }

    [Fact]
    public async Task Unreachable_LINE_is_a_retryable_error_with_status_0()
    {
        await using var h = await LineClientHarness.StartAsync(timeout: TimeSpan.FromMilliseconds(200));
        h.Api.Script(Push, Enumerable.Repeat(new Answer(200, Delay: HangGuard.Limit), 3).ToArray());
        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.PushAsync("U1", Hello, Guid.NewGuid(), default));
        Assert.Equal((0, true), (ex.StatusCode, ex.IsRetryable));
    }

    [Fact]
    public async Task Too_many_messages_never_reach_LINE()
    {
        await using var h = await LineClientHarness.StartAsync();
        var six = Enumerable.Range(0, 6).Select(i => LineMessage.Text($"m{i}")).ToArray();
        await Assert.ThrowsAsync<LineMessageLimitException>(() => h.Client.ReplyAsync("rt", six, default));
        await Assert.ThrowsAsync<LineMessageLimitException>(() => h.Client.PushAsync("U1", [], Guid.NewGuid(), default));
        Assert.Empty(h.Api.Requests);
    }
}
