using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CodiBot.Line;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CodiBot.Simulator.Tests;

public class SimulatorApiTests
{
    static readonly SimUser Somsri = SimulatorCast.Users[0];
    static readonly SimGroup OpsGroup = SimulatorCast.Groups[0];

    static async Task<JsonArray> Entries(SimulatorHost host, string chatId) =>
        (await host.Client.GetFromJsonAsync<JsonObject>($"/simulator/api/chats/{chatId}"))!["entries"]!.AsArray();

    static Task<HttpResponseMessage> Send(SimulatorHost host, string chatId, object body) =>
        host.Client.PostAsJsonAsync($"/simulator/api/chats/{chatId}/send", body);

    [Theory]
    [InlineData("/simulator", "text/html", "/simulator/app.js")]
    [InlineData("/simulator/app.js", "text/javascript", "/simulator/api")]
    [InlineData("/simulator/render.js", "text/javascript", "flex")]
    [InlineData("/simulator/app.css", "text/css", ".bubble")]
    public async Task The_page_and_its_assets_are_served_from_embedded_resources(string path, string type, string contains)
    {
        await using var host = await SimulatorHost.StartAsync();
        var r = await host.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(type, r.Content.Headers.ContentType!.MediaType);
        Assert.Contains(contains, await r.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/simulator/missing.js")).StatusCode);
    }

    [Fact]
    public async Task Text_from_a_simulated_user_reaches_the_webhook_signed_and_the_reply_shows_in_the_chat()
    {
        await using var host = await SimulatorHost.StartAsync();
        Assert.True(host.Enabled);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.PostAsync($"/simulator/api/users/{Somsri.Id}/follow", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(host, Somsri.Id, new { type = "text", text = "ทำหน้ากากผ้า 2,000 ชิ้น" })).StatusCode);

        var received = host.Webhooks.ToArray();
        Assert.Equal(2, received.Length);
        Assert.All(received, w => Assert.True(w.SignatureValid));
        Assert.Equal("follow", received[0].Payload["events"]![0]!["type"]!.ToString());
        var message = received[1].Payload["events"]![0]!;
        Assert.Equal(Somsri.Id, message["source"]!["userId"]!.ToString());
        Assert.Equal("ทำหน้ากากผ้า 2,000 ชิ้น", message["message"]!["text"]!.ToString());

        var entries = await Entries(host, Somsri.Id);
        var user = entries.Single(e => e!["from"]!.ToString() == "user");
        Assert.Equal(Somsri.Name, user!["name"]!.ToString());
        var bot = entries.Single(e => e!["from"]!.ToString() == "bot")!;
        Assert.Equal("ได้รับ: ทำหน้ากากผ้า 2,000 ชิ้น", bot["message"]!["text"]!.ToString());
        Assert.Equal("reply", bot["how"]!.ToString());
        Assert.Equal("ใช่", bot["message"]!["quickReply"]!["items"]![0]!["action"]!["label"]!.ToString());
        Assert.True(user["seq"]!.GetValue<long>() < bot["seq"]!.GetValue<long>());
        Assert.Equal("friend", (await host.Client.GetFromJsonAsync<JsonObject>("/simulator/api/state"))!["users"]![0]!["friendship"]!.ToString());
    }

    [Fact]
    public async Task Group_messages_reach_the_bot_only_after_it_joins_and_can_mention_it()
    {
        await using var host = await SimulatorHost.StartAsync();
        var member = OpsGroup.MemberIds[1];
        await Send(host, OpsGroup.Id, new { type = "text", from = member, text = "ก่อนบอทเข้า" });
        Assert.Empty(host.Webhooks);
        Assert.Contains(await Entries(host, OpsGroup.Id), e => e!["from"]!.ToString() == "system");

        await host.Client.PostAsync($"/simulator/api/groups/{OpsGroup.Id}/join", null);
        await Send(host, OpsGroup.Id, new { type = "text", from = member, text = "ยอดวันนี้", mention = true });

        var events = host.Webhooks.Select(w => w.Payload["events"]![0]!).ToArray();
        Assert.Equal(["join", "message"], events.Select(e => e["type"]!.ToString()));
        Assert.Equal(OpsGroup.Id, events[1]["source"]!["groupId"]!.ToString());
        Assert.Equal(member, events[1]["source"]!["userId"]!.ToString());
        Assert.True(events[1]["message"]!["mention"]!["mentionees"]![0]!["isSelf"]!.GetValue<bool>());
        Assert.Contains(await Entries(host, OpsGroup.Id), e => e!["message"]!["text"]?.ToString() == "ได้รับ: @CodiBot ยอดวันนี้");

        var outsider = SimulatorCast.Users.First(u => !OpsGroup.MemberIds.Contains(u.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(host, OpsGroup.Id, new { type = "text", from = outsider.Id, text = "x" })).StatusCode);
    }

    [Fact]
    public async Task Photos_sent_together_arrive_as_an_imageSet_whose_content_the_bot_can_download()
    {
        await using var host = await SimulatorHost.StartAsync();
        var images = new[] { new { data = Convert.ToBase64String([1, 2]), contentType = "image/jpeg" }, new { data = Convert.ToBase64String([3]), contentType = "image/png" } };
        Assert.Equal(HttpStatusCode.NoContent, (await Send(host, Somsri.Id, new { type = "image", images })).StatusCode);

        var events = host.Webhooks.Single().Payload["events"]!.AsArray();
        Assert.Equal(2, events.Count);
        Assert.Equal(2, events[1]!["message"]!["imageSet"]!["total"]!.GetValue<int>());

        var line = host.Services.GetRequiredService<IOptions<LineOptions>>().Value;
        var token = host.Services.GetRequiredService<SimulatorSettings>().AccessToken;
        using var req = new HttpRequestMessage(HttpMethod.Get, new Uri(line.DataApiBaseUrl, $"v2/bot/message/{events[1]!["message"]!["id"]}/content"));
        req.Headers.Authorization = new("Bearer", token);
        Assert.Equal([3], await (await host.Client.SendAsync(req)).Content.ReadAsByteArrayAsync());
        var preview = (await Entries(host, Somsri.Id))[0]!["message"]!["previewUrl"]!.ToString();
        Assert.Equal([1, 2], await host.Client.GetByteArrayAsync(preview));
    }

    [Fact]
    public async Task Line_options_point_at_the_bound_port_after_start()
    {
        await using var host = await SimulatorHost.StartAsync();
        var line = host.Services.GetRequiredService<IOptions<LineOptions>>().Value;
        Assert.Equal(host.Client.BaseAddress!.Port, line.ApiBaseUrl.Port);
        Assert.NotEqual(0, line.ApiBaseUrl.Port);
        Assert.Equal("/simulator/line/", line.ApiBaseUrl.AbsolutePath);
        Assert.Equal(line.ApiBaseUrl, line.DataApiBaseUrl);
        Assert.True(line.HasCredentials);
    }

    [Fact]
    public async Task Spec_check_errors_on_what_the_bot_sent_show_as_notes_in_the_chat()
    {
        await using var host = await SimulatorHost.StartAsync();
        host.Services.GetRequiredService<LinePlatform>().RequestCheck = (_, _, _) => ["/messages/0/text: too long"];
        await host.Client.PostAsync($"/simulator/api/users/{Somsri.Id}/follow", null);
        await Send(host, Somsri.Id, new { type = "text", text = "สวัสดี" });

        // The fake bot then fails its webhook (its reply was refused): both show up as notes.
        var notes = (await Entries(host, Somsri.Id)).Where(e => e!["from"]!.ToString() == "system").Select(e => e!["message"]!).ToList();
        Assert.Contains(notes, n => n["details"]?[0]?.ToString() == "/messages/0/text: too long");
        Assert.Contains(notes, n => n["text"]!.ToString().StartsWith("webhook ของบอทตอบ 500", StringComparison.Ordinal));
        Assert.DoesNotContain(await Entries(host, Somsri.Id), e => e!["from"]!.ToString() == "bot");
    }

    [Fact]
    public async Task A_blocked_users_messages_never_reach_the_bot()
    {
        await using var host = await SimulatorHost.StartAsync();
        await host.Client.PostAsync($"/simulator/api/users/{Somsri.Id}/block", null);
        await Send(host, Somsri.Id, new { type = "text", text = "hello" });
        Assert.Single(host.Webhooks);
        Assert.Equal("unfollow", host.Webhooks.Single().Payload["events"]![0]!["type"]!.ToString());
        Assert.Contains(await Entries(host, Somsri.Id), e => e!["message"]!["text"]!.ToString().Contains("บล็อก", StringComparison.Ordinal));
    }
}
