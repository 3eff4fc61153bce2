using CodiBot.Line.Messaging;
using Answer = CodiBot.Line.Tests.StandInLineApi.Answer;

namespace CodiBot.Line.Tests;

public class LineClientQueryTests
{
    const string Content = "/data/v2/bot/message/m1/content";

    [Fact]
    public async Task Content_ready_comes_from_the_data_host()
    {
        await using var h = await LineClientHarness.StartAsync();
        var jpeg = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        h.Api.Script(Content, new Answer(200, ContentType: "image/jpeg", Bytes: jpeg));

        var c = await h.Client.GetContentAsync("m1", 10_000, default);

        Assert.Equal(ContentStatus.Ready, c.Status);
        Assert.Equal("image/jpeg", c.ContentType);
        Assert.Equal(jpeg, c.Data);
        h.AssertAllRequestsMatchSpec();
    }

    [Theory]
    [InlineData(202, ContentStatus.Preparing)]
    [InlineData(404, ContentStatus.NotFound)]
    [InlineData(410, ContentStatus.Gone)]
    public async Task Content_not_ready(int status, ContentStatus expected)
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Content, new Answer(status, """{"message":"x"}"""));
        var c = await h.Client.GetContentAsync("m1", 10_000, default);
        Assert.Equal((expected, (byte[]?)null), (c.Status, c.Data));
        Assert.Single(h.Api.Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // no Content-Length: the stream cap must catch it
    public async Task Content_over_the_cap_is_refused(bool omitLength)
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script(Content, new Answer(200, ContentType: "video/mp4", Bytes: new byte[300_000], OmitLength: omitLength));
        var c = await h.Client.GetContentAsync("m1", 100_000, default);
        Assert.Equal(ContentStatus.TooLarge, c.Status);
        Assert.Null(c.Data);
    }

    [Fact]
    public async Task Profiles_and_group_info()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script("/api/v2/bot/profile/U1", new Answer(200, """{"userId":"U1","displayName":"สมชาย","language":"th","newField":1}"""));
        h.Api.Script("/api/v2/bot/profile/U2", new Answer(404, """{"message":"Not found"}"""));
        h.Api.Script("/api/v2/bot/group/C1/member/U1", new Answer(200, """{"userId":"U1","displayName":"สมชาย","pictureUrl":"https://p/x.jpg"}"""));
        h.Api.Script("/api/v2/bot/group/C1/summary", new Answer(200, """{"groupId":"C1","groupName":"ศปก.โควิด-19 พอช."}"""));
        h.Api.Script("/api/v2/bot/group/C1/members/count", new Answer(200, """{"count":40}"""));
        h.Api.Script("/api/v2/bot/group/C2/members/count", new Answer(404, """{"message":"Not found"}"""));

        Assert.Equal(new UserProfile("U1", "สมชาย", null, null, "th"), await h.Client.GetProfileAsync("U1", default));
        Assert.Null(await h.Client.GetProfileAsync("U2", default));
        Assert.Equal("https://p/x.jpg", (await h.Client.GetGroupMemberProfileAsync("C1", "U1", default))!.PictureUrl);
        Assert.Equal("ศปก.โควิด-19 พอช.", (await h.Client.GetGroupSummaryAsync("C1", default))!.GroupName);
        Assert.Equal(40, await h.Client.GetGroupMemberCountAsync("C1", default));
        Assert.Null(await h.Client.GetGroupMemberCountAsync("C2", default));
        h.AssertAllRequestsMatchSpec();
    }

    [Fact]
    public async Task Profile_errors_other_than_404_throw()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script("/api/v2/bot/profile/U1", new Answer(403, """{"message":"Forbidden"}"""));
        var ex = await Assert.ThrowsAsync<LineApiException>(() => h.Client.GetProfileAsync("U1", default));
        Assert.Equal("Forbidden", ex.LineMessage);
    }

    [Fact]
    public async Task Loading_and_quota()
    {
        await using var h = await LineClientHarness.StartAsync();
        h.Api.Script("/api/v2/bot/chat/loading/start", new Answer(202));
        h.Api.Script("/api/v2/bot/message/quota/consumption", new Answer(200, """{"totalUsage":500}"""));
        h.Api.Script("/api/v2/bot/message/quota", new Answer(200, """{"type":"limited","value":1000}"""));

        await h.Client.ShowLoadingAsync("U1", 20, default);
        Assert.Equal(500, await h.Client.GetQuotaConsumptionAsync(default));
        Assert.Equal(new Quota("limited", 1000), await h.Client.GetQuotaAsync(default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.ShowLoadingAsync("U1", 7, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.ShowLoadingAsync("U1", 65, default));

        Assert.Equal(3, h.Api.Requests.Count);
        Assert.Contains("\"loadingSeconds\":20", h.Api.Requests[0].Body);
        h.AssertAllRequestsMatchSpec();
    }
}
