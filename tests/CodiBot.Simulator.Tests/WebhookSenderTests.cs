using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CodiBot.Line.Webhook;

namespace CodiBot.Simulator.Tests;

/// <summary>Field names below were checked by hand against webhook.yml (required and optional properties).</summary>
public partial class WebhookSenderTests
{
    const string Secret = "channel-secret-for-tests";
    const string Somsri = "U00000000000000000000000000000001";
    const string Group = "C00000000000000000000000000000009";

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{26}$")] private static partial Regex Ulid();
    [GeneratedRegex("^U[0-9a-f]{32}$")] private static partial Regex BotId();

    sealed class Capture : HttpMessageHandler
    {
        public List<(byte[] Body, string? Signature, string? ContentType)> Seen { get; } = [];
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var sig = request.Headers.TryGetValues(WebhookSignature.Header, out var v) ? v.Single() : null;
            Seen.Add((await request.Content!.ReadAsByteArrayAsync(ct), sig, request.Content.Headers.ContentType?.MediaType));
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    static (WebhookSender Sender, Capture Capture, LinePlatform Platform) NewSender()
    {
        var capture = new Capture();
        var platform = new LinePlatform("token");
        return (new WebhookSender(platform, new Uri("http://127.0.0.1:1/line/webhook"), Secret, new HttpClient(capture)), capture, platform);
    }

    static JsonObject Sent(Capture c, int i = 0) => JsonNode.Parse(c.Seen[i].Body)!.AsObject();

    [Fact]
    public async Task Payload_is_signed_over_the_exact_utf8_bytes_with_the_channel_secret()
    {
        var (sender, capture, _) = NewSender();
        await sender.SendAsync(sender.Text(Somsri, "ผลิตหน้ากากผ้า 2,000 ชิ้น"));

        var (body, signature, contentType) = capture.Seen.Single();
        Assert.Equal("application/json", contentType);
        Assert.True(WebhookSignature.IsValid(body, signature, Secret));
        Assert.False(WebhookSignature.IsValid(body, signature, "another-secret"));
        // Thai travels as raw UTF-8, as LINE sends it, not as \u escapes.
        Assert.Contains("ผลิตหน้ากากผ้า", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task Envelope_and_text_event_have_webhook_yml_fields()
    {
        var (sender, capture, _) = NewSender();
        await sender.SendAsync(sender.Text(Somsri, "สวัสดี"));

        var payload = Sent(capture);
        Assert.Equal(["destination", "events"], Json.Keys(payload));
        Assert.Matches(BotId(), payload["destination"]!.ToString());
        var e = payload["events"]![0]!;
        Assert.Equal(["deliveryContext", "message", "mode", "replyToken", "source", "timestamp", "type", "webhookEventId"], Json.Keys(e));
        Assert.Equal("message", e["type"]!.ToString());
        Assert.Equal("active", e["mode"]!.ToString());
        Assert.Matches(Ulid(), e["webhookEventId"]!.ToString());
        Assert.False(e["deliveryContext"]!["isRedelivery"]!.GetValue<bool>());
        Assert.InRange(e["timestamp"]!.GetValue<long>(), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(["type", "userId"], Json.Keys(e["source"]));
        Assert.Equal(["id", "quoteToken", "text", "type"], Json.Keys(e["message"]));
        Assert.NotEqual(e["webhookEventId"]!.ToString(), sender.Text(Somsri, "x")["webhookEventId"]!.ToString());
    }

    [Fact]
    public async Task Group_text_mentioning_the_bot_has_an_isSelf_mentionee_and_a_group_reply_token()
    {
        await using var host = await PlatformHost.StartAsync();
        var capture = new Capture();
        var sender = new WebhookSender(host.Platform, new Uri("http://127.0.0.1:1/"), Secret, new HttpClient(capture));
        var e = sender.Text(Somsri, "ยอดหน้ากาก ภาคใต้", Group, mentionBot: true);

        Assert.Equal(["groupId", "type", "userId"], Json.Keys(e["source"]));
        Assert.Equal("group", e["source"]!["type"]!.ToString());
        var text = e["message"]!["text"]!.ToString();
        Assert.StartsWith("@CodiBot ", text);
        var mentionee = e["message"]!["mention"]!["mentionees"]![0]!;
        Assert.Equal(["index", "isSelf", "length", "type", "userId"], Json.Keys(mentionee));
        Assert.Equal("@CodiBot", text.Substring(mentionee["index"]!.GetValue<int>(), mentionee["length"]!.GetValue<int>()));
        Assert.True(mentionee["isSelf"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.OK, (await host.Client.Reply(e["replyToken"]!.ToString(), "รับทราบ")).StatusCode);
        Assert.Single(host.Platform.Delivered(Group));
    }

    [Fact]
    public async Task Several_photos_share_an_imageSet_and_their_content_is_on_the_platform()
    {
        await using var host = await PlatformHost.StartAsync();
        var sender = new WebhookSender(host.Platform, new Uri("http://127.0.0.1:1/"), Secret, new HttpClient(new Capture()));
        var events = sender.Images(Somsri, [([1], "image/jpeg"), ([2], "image/jpeg"), ([3], "image/png")]);

        Assert.Equal(3, events.Length);
        Assert.Single(events.Select(e => e["message"]!["imageSet"]!["id"]!.ToString()).Distinct());
        Assert.Equal([1, 2, 3], events.Select(e => e["message"]!["imageSet"]!["index"]!.GetValue<int>()));
        Assert.All(events, e => Assert.Equal(3, e["message"]!["imageSet"]!["total"]!.GetValue<int>()));
        Assert.All(events, e => Assert.Equal(["contentProvider", "id", "imageSet", "quoteToken", "type"], Json.Keys(e["message"])));
        Assert.Equal("line", events[0]["message"]!["contentProvider"]!["type"]!.ToString());

        var third = await host.Client.GetAsync($"/v2/bot/message/{events[2]["message"]!["id"]}/content");
        Assert.Equal([3], await third.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", third.Content.Headers.ContentType!.MediaType);
        Assert.Null(sender.Images(Somsri, [([9], "image/jpeg")])[0]["message"]!["imageSet"]);
    }

    [Fact]
    public void Standby_events_carry_no_reply_token()
    {
        var (sender, _, _) = NewSender();
        sender.Mode = "standby";
        var e = sender.Text(Somsri, "hi");
        Assert.Equal("standby", e["mode"]!.ToString());
        Assert.Null(e["replyToken"]);
    }

    public static TheoryData<string, string[], bool> Shapes => new()
    {
        // event, its own required/used fields beyond the common ones, whether it carries a reply token
        { "follow", ["follow"], true },
        { "unfollow", [], false },
        { "join", [], true },
        { "leave", [], false },
        { "memberJoined", ["joined"], true },
        { "memberLeft", ["left"], false },
        { "postback", ["postback"], true },
        { "unsend", ["unsend"], false },
        { "location", ["message"], true },
        { "sticker", ["message"], true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_event_has_the_common_fields_plus_its_own(string kind, string[] own, bool replyable)
    {
        var (s, _, _) = NewSender();
        var e = kind switch
        {
            "follow" => s.Follow(Somsri),
            "unfollow" => s.Unfollow(Somsri),
            "join" => s.Join(Group),
            "leave" => s.Leave(Group),
            "memberJoined" => s.MemberJoined(Group, Somsri),
            "memberLeft" => s.MemberLeft(Group, Somsri),
            "postback" => s.Postback(Somsri, "action=confirm", parameters: new Dictionary<string, string> { ["date"] = "2020-03-27" }),
            "unsend" => s.Unsend(Somsri, "1234"),
            "location" => s.Location(Somsri, "พอช.", "912 ถ.นวมินทร์ กรุงเทพฯ", 13.82, 100.64),
            _ => s.Sticker(Somsri, "446", "1988"),
        };
        string[] common = ["deliveryContext", "mode", "source", "timestamp", "type", "webhookEventId"];
        var expected = common.Concat(own).Concat(replyable ? ["replyToken"] : []).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Json.Keys(e));
        // follow/unfollow never happen in groups; group lifecycle events name no user.
        Assert.Equal(kind is "join" or "leave" or "memberJoined" or "memberLeft" ? ["groupId", "type"] : ["type", "userId"], Json.Keys(e["source"]));
    }

    [Fact]
    public void Event_bodies_use_the_specs_property_names()
    {
        var (s, _, _) = NewSender();
        Assert.Equal(["isUnblocked"], Json.Keys(s.Follow(Somsri, isUnblocked: true)["follow"]));
        Assert.Equal(["members"], Json.Keys(s.MemberJoined(Group, Somsri)["joined"]));
        Assert.Equal(["type", "userId"], Json.Keys(s.MemberLeft(Group, Somsri)["left"]!["members"]![0]));
        Assert.Equal(["data", "params"], Json.Keys(s.Postback(Somsri, "d", parameters: new Dictionary<string, string> { ["date"] = "2020-03-27" })["postback"]));
        Assert.Equal(["messageId"], Json.Keys(s.Unsend(Somsri, "1")["unsend"]));
        Assert.Equal(["address", "id", "latitude", "longitude", "title", "type"], Json.Keys(s.Location(Somsri, "t", "a", 1, 2)["message"]));
        Assert.Equal(["id", "packageId", "quoteToken", "stickerId", "stickerResourceType", "type"], Json.Keys(s.Sticker(Somsri, "446", "1988")["message"]));
    }

    [Fact]
    public async Task Redelivery_keeps_id_and_token_and_sets_isRedelivery()
    {
        var (sender, capture, _) = NewSender();
        var e = sender.Text(Somsri, "ซ้ำ");
        await sender.SendAsync(e, WebhookSender.Redelivery(e));
        var events = Sent(capture)["events"]!.AsArray();
        Assert.Equal(events[0]!["webhookEventId"]!.ToString(), events[1]!["webhookEventId"]!.ToString());
        Assert.Equal(events[0]!["replyToken"]!.ToString(), events[1]!["replyToken"]!.ToString());
        Assert.True(events[1]!["deliveryContext"]!["isRedelivery"]!.GetValue<bool>());
    }
}
