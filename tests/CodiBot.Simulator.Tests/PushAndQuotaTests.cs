using System.Net;
using System.Text.Json.Nodes;

namespace CodiBot.Simulator.Tests;

public class PushAndQuotaTests
{
    const string Somsri = "U00000000000000000000000000000001";
    const string Prasert = "U00000000000000000000000000000002";
    const string Group = "C00000000000000000000000000000009";

    [Fact]
    public async Task Repeated_retry_key_answers_409_with_the_accepted_request_id_and_is_not_delivered_twice()
    {
        await using var host = await PlatformHost.StartAsync();
        var key = Guid.NewGuid().ToString();

        var first = await host.Client.Push(Somsri, key, "สรุปยอดวันนี้");
        var again = await host.Client.Push(Somsri, key, "สรุปยอดวันนี้");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(first.Headers.GetValues("x-line-request-id").Single(), again.Headers.GetValues("x-line-accepted-request-id").Single());
        Assert.Single(host.Platform.Delivered(Somsri));
        Assert.Equal(1, host.Platform.QuotaUsage);
    }

    [Fact]
    public async Task Retry_key_must_be_a_uuid_and_a_failed_request_does_not_use_it_up()
    {
        await using var host = await PlatformHost.StartAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.Push(Somsri, "not-a-uuid")).StatusCode);

        var key = Guid.NewGuid().ToString();
        host.Platform.FailNext("/push", 500);
        Assert.Equal(HttpStatusCode.InternalServerError, (await host.Client.Push(Somsri, key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.Push(Somsri, key)).StatusCode);
        Assert.Single(host.Platform.Delivered(Somsri));
    }

    [Fact]
    public async Task Quota_counts_push_per_recipient_group_members_and_multicast_but_not_reply()
    {
        await using var host = await PlatformHost.StartAsync();
        host.Platform.AddGroup(Group, "ศปก.โควิด-19 พอช.", [Somsri, Prasert, "U00000000000000000000000000000003"]);

        await host.Client.Push(Group);
        await host.Client.PostAsync("/v2/bot/message/multicast", Json.Body(new JsonObject
        {
            ["to"] = new JsonArray(Somsri, Prasert), ["messages"] = Json.Texts("ประกาศ"),
        }));
        await host.Client.Reply(host.Platform.IssueReplyToken(Somsri), "free");

        var consumption = await (await host.Client.GetAsync("/v2/bot/message/quota/consumption")).ReadObject();
        Assert.Equal(5, consumption["totalUsage"]!.GetValue<long>());
        Assert.Equal("multicast", host.Platform.Delivered(Prasert).Single().How);
        Assert.Equal("push", host.Platform.Delivered(Group).Single().How);
    }

    [Fact]
    public async Task A_limited_quota_is_reported_and_refuses_pushes_beyond_it()
    {
        await using var host = await PlatformHost.StartAsync();
        Assert.Equal("none", (await (await host.Client.GetAsync("/v2/bot/message/quota")).ReadObject())["type"]!.ToString());
        host.Platform.MonthlyQuota = 1;
        var quota = await (await host.Client.GetAsync("/v2/bot/message/quota")).ReadObject();
        Assert.Equal("limited", quota["type"]!.ToString());
        Assert.Equal(1, quota["value"]!.GetValue<long>());

        Assert.Equal(HttpStatusCode.OK, (await host.Client.Push(Somsri)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Client.Push(Somsri)).StatusCode);
        Assert.Single(host.Platform.Delivered(Somsri));
    }

    [Fact]
    public async Task Push_rejects_a_malformed_recipient()
    {
        await using var host = await PlatformHost.StartAsync();
        var r = await host.Client.Push("somsri");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("to", (await r.ReadObject())["details"]![0]!["property"]!.ToString());
    }
}
