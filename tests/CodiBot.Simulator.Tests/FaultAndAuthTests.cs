using System.Net;

namespace CodiBot.Simulator.Tests;

public class FaultAndAuthTests
{
    const string User = "U0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Requests_without_the_channel_token_get_401_and_deliver_nothing(string? token)
    {
        await using var host = await PlatformHost.StartAsync();
        using var client = host.NewClient(token);
        var r = await client.Push(User);
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.True(r.Headers.Contains("x-line-request-id"));
        Assert.Empty(host.Platform.Delivered(User));
    }

    [Fact]
    public async Task FailNext_fails_matching_requests_the_given_times_with_retry_after()
    {
        await using var host = await PlatformHost.StartAsync();
        host.Platform.FailNext("/push", 429, times: 2, retryAfter: TimeSpan.FromSeconds(3), message: "slow down");

        Assert.Equal(HttpStatusCode.OK, (await host.Client.Reply(host.Platform.IssueReplyToken(User), "not matched")).StatusCode);
        var first = await host.Client.Push(User);
        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter!.Delta);
        Assert.Equal("slow down", (await first.ReadObject())["message"]!.ToString());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Client.Push(User)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Push(User)).StatusCode);
        Assert.Equal(2, host.Platform.Delivered(User).Count);
    }

    [Fact]
    public async Task DelayNext_makes_a_client_time_out_once()
    {
        await using var host = await PlatformHost.StartAsync();
        // Held longer than any test waits: were the next request held too, it would fail by the hang guard.
        host.Platform.DelayNext("/push", HangGuard.Limit * 2);
        using var impatient = host.NewClient(timeout: TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.Push(User));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Push(User)).StatusCode);
    }

    [Fact]
    public async Task Every_request_is_recorded_with_its_status_and_every_response_has_a_request_id()
    {
        await using var host = await PlatformHost.StartAsync();
        var ok = await host.Client.Push(User, null, "record-me");
        var notFound = await host.Client.GetAsync("/v2/bot/profile/Uunknown");

        var recorded = host.Platform.Requests;
        Assert.Equal(2, recorded.Count);
        Assert.Equal(("POST", "/v2/bot/message/push", 200), (recorded[0].Method, recorded[0].Path, recorded[0].Status));
        Assert.Contains("record-me", recorded[0].Body);
        Assert.Equal("Bearer " + PlatformHost.Token, recorded[0].Headers["authorization"]);
        Assert.Equal(User, recorded[0].ChatId);
        Assert.Equal(404, recorded[1].Status);
        Assert.Equal(recorded[0].RequestId, ok.Headers.GetValues("x-line-request-id").Single());
        Assert.True(notFound.Headers.Contains("x-line-request-id"));
    }

    [Fact]
    public async Task RequestCheck_errors_are_recorded_and_answered_400_without_delivery()
    {
        await using var host = await PlatformHost.StartAsync();
        host.Platform.RequestCheck = (method, path, body) =>
            body?.Contains("forbidden", StringComparison.Ordinal) == true ? ["messages[0].text: not allowed"] : [];

        var bad = await host.Client.Push(User, null, "forbidden");
        var good = await host.Client.Push(User, null, "fine");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("messages[0].text: not allowed", (await bad.ReadObject())["details"]![0]!["message"]!.ToString());
        Assert.Equal(["messages[0].text: not allowed"], host.Platform.Requests[0].Errors);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("fine", host.Platform.Delivered(User).Single().Message["text"]!.ToString());
    }

    [Fact]
    public async Task WaitForMessagesAsync_returns_when_enough_arrive_and_times_out_otherwise()
    {
        await using var host = await PlatformHost.StartAsync();
        var waiting = host.Platform.WaitForMessagesAsync(User, 2, HangGuard.Limit);
        await host.Client.Push(User, null, "a", "b");
        Assert.Equal(2, (await waiting).Count);

        await Assert.ThrowsAsync<TimeoutException>(() => host.Platform.WaitForMessagesAsync(User, 3, TimeSpan.FromMilliseconds(100)));
    }
}
