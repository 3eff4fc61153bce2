using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace CodiBot.Simulator.Tests;

public class ReplyTokenTests
{
    const string User = "U0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Reply_delivers_to_the_tokens_chat_and_the_token_is_single_use()
    {
        await using var host = await PlatformHost.StartAsync();
        var token = host.Platform.IssueReplyToken(User);

        var first = await host.Client.Reply(token, "สวัสดี", "ครับ");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var sent = (await first.ReadObject())["sentMessages"]!.AsArray();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, s => Assert.False(string.IsNullOrEmpty(s!["id"]!.ToString())));

        var delivered = host.Platform.Delivered(User);
        Assert.Equal(["สวัสดี", "ครับ"], delivered.Select(d => d.Message["text"]!.ToString()));
        Assert.All(delivered, d => Assert.Equal("reply", d.How));

        var second = await host.Client.Reply(token, "again");
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("Invalid reply token", (await second.ReadObject())["message"]!.ToString());
        Assert.Equal(2, host.Platform.Delivered(User).Count);
    }

    [Fact]
    public async Task Reply_token_expires_after_its_lifetime()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-27T09:00:00+07:00"));
        await using var host = await PlatformHost.StartAsync(time);
        var fresh = host.Platform.IssueReplyToken(User);
        var stale = host.Platform.IssueReplyToken(User);

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Reply(fresh, "ทัน")).StatusCode);
        time.Advance(TimeSpan.FromSeconds(2));
        var late = await host.Client.Reply(stale, "ไม่ทัน");
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("Invalid reply token", (await late.ReadObject())["message"]!.ToString());
        Assert.Single(host.Platform.Delivered(User));
    }

    [Fact]
    public async Task ExpireReplyToken_voids_a_token_at_once()
    {
        await using var host = await PlatformHost.StartAsync();
        var token = host.Platform.IssueReplyToken(User);
        host.Platform.ExpireReplyToken(token);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.Reply(token, "x")).StatusCode);
        Assert.Empty(host.Platform.Delivered(User));
    }

    [Fact]
    public async Task Reply_refuses_more_than_five_messages_and_keeps_the_token()
    {
        await using var host = await PlatformHost.StartAsync();
        var token = host.Platform.IssueReplyToken(User);
        var tooMany = await host.Client.Reply(token, "1", "2", "3", "4", "5", "6");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("messages", (await tooMany.ReadObject())["details"]![0]!["property"]!.ToString());
        Assert.Empty(host.Platform.Delivered(User));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Reply(token, "1", "2", "3", "4", "5")).StatusCode);
    }
}
