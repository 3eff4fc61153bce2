using System.Net;
using System.Text.Json.Nodes;

namespace CodiBot.Simulator.Tests;

public class ReadEndpointTests
{
    const string Somsri = "U00000000000000000000000000000001";
    const string Outsider = "U00000000000000000000000000000002";
    const string Group = "C00000000000000000000000000000009";

    [Fact]
    public async Task Profiles_and_group_endpoints_answer_in_LINEs_shapes()
    {
        await using var host = await PlatformHost.StartAsync();
        host.Platform.AddUser(Somsri, "สมศรี ใจดี", "https://example.com/somsri.png");
        host.Platform.AddUser(Outsider, "คนนอก");
        host.Platform.AddGroup(Group, "เครือข่ายภาคใต้", [Somsri]);

        var profile = await (await host.Client.GetAsync($"/v2/bot/profile/{Somsri}")).ReadObject();
        Assert.Equal(["displayName", "language", "pictureUrl", "userId"], Json.Keys(profile));
        Assert.Equal("สมศรี ใจดี", profile["displayName"]!.ToString());

        var member = await (await host.Client.GetAsync($"/v2/bot/group/{Group}/member/{Somsri}")).ReadObject();
        Assert.Equal(["displayName", "pictureUrl", "userId"], Json.Keys(member));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/v2/bot/group/{Group}/member/{Outsider}")).StatusCode);

        var summary = await (await host.Client.GetAsync($"/v2/bot/group/{Group}/summary")).ReadObject();
        Assert.Equal("เครือข่ายภาคใต้", summary["groupName"]!.ToString());
        Assert.Equal(Group, summary["groupId"]!.ToString());
        var count = await (await host.Client.GetAsync($"/v2/bot/group/{Group}/members/count")).ReadObject();
        Assert.Equal(1, count["count"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/v2/bot/profile/Unobody")).StatusCode);
    }

    [Fact]
    public async Task Content_is_served_202_while_preparing_404_unknown_410_gone()
    {
        await using var host = await PlatformHost.StartAsync();
        host.Platform.StoreContent("1001", [1, 2, 3], "image/png");
        var ok = await host.Client.GetAsync("/v2/bot/message/1001/content");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("image/png", ok.Content.Headers.ContentType!.MediaType);
        Assert.Equal([1, 2, 3], await ok.Content.ReadAsByteArrayAsync());

        host.Platform.MarkContentPreparing("1001");
        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.GetAsync("/v2/bot/message/1001/content")).StatusCode);
        host.Platform.MarkContentGone("1001");
        Assert.Equal(HttpStatusCode.Gone, (await host.Client.GetAsync("/v2/bot/message/1001/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/v2/bot/message/999/content")).StatusCode);
    }

    [Fact]
    public async Task Loading_animation_shows_until_a_message_arrives_and_checks_its_seconds()
    {
        await using var host = await PlatformHost.StartAsync();
        var bad = await host.Client.PostAsync("/v2/bot/chat/loading/start", Json.Body(new JsonObject { ["chatId"] = Somsri, ["loadingSeconds"] = 7 }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.False(host.Platform.IsLoading(Somsri));

        var ok = await host.Client.PostAsync("/v2/bot/chat/loading/start", Json.Body(new JsonObject { ["chatId"] = Somsri, ["loadingSeconds"] = 10 }));
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        Assert.True(host.Platform.IsLoading(Somsri));
        await host.Client.Push(Somsri);
        Assert.False(host.Platform.IsLoading(Somsri));
    }
}
