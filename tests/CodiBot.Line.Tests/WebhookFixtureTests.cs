using System.Text.Json;
using System.Text.Json.Nodes;
using CodiBot.Line.Webhook;
using CodiBot.Testing;

namespace CodiBot.Line.Tests;

/// <summary>Realistic webhook bodies: valid per LINE's webhook.yml, and parsed into the right typed events.</summary>
public class WebhookFixtureTests
{
    static IEnumerable<string> Names() => Directory.GetFiles(Fixtures.Dir, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order();

    public static TheoryData<string> All() => new(Names());

    [Theory, MemberData(nameof(All))]
    public void Fixture_is_a_valid_CallbackRequest(string name) =>
        Assert.Empty(LineSpec.Webhook.ValidateSchema("CallbackRequest", Fixtures.Read(name + ".json")));

    [Fact]
    public void There_is_a_fixture_for_every_required_case() =>
        Assert.Superset(new HashSet<string>(["text", "image", "video", "audio", "file", "location", "sticker", "follow", "unfollow", "join",
            "leave", "memberJoined", "memberLeft", "postback", "unsend", "videoPlayComplete", "beacon", "accountLink", "membership",
            "standby", "redelivered"]), Names().ToHashSet());

    static WebhookEvent Parse(string name) =>
        WebhookEventParser.Parse(JsonNode.Parse(Fixtures.Read(name + ".json"))!["events"]![0]!.ToJsonString());

    [Fact]
    public void Text_with_Thai_and_a_mention_of_the_bot_in_a_group()
    {
        var e = Assert.IsType<MessageEvent>(Parse("text"));
        var text = Assert.IsType<TextMessageContent>(e.Message);
        Assert.Equal("@CodiBot ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", text.Text);
        Assert.Equal("468789577898262530", text.Id);
        var m = Assert.Single(text.Mentions);
        Assert.True(m.IsSelf && text.MentionsSelf);
        Assert.Equal((0, 8), (m.Index, m.Length));
        var g = Assert.IsType<GroupSource>(e.Source);
        Assert.Equal(("Ca56f94637cc4347f90a25382909b24b9", "U206d25c2ea6bd87c17655609a1c37cb8"), (g.ChatId, g.UserId));
        Assert.Equal("b60d432864f44d079f6d8efe86cf404b", e.ReplyToken);
        Assert.Equal(("message", "active", false, false), (e.Type, e.Mode, e.IsStandby, e.IsRedelivery));
        Assert.StartsWith("01FZ74A0TDDPYRVKNK77XKC3", e.WebhookEventId);
        Assert.True(e.Timestamp > 1585300000000);
        Assert.Contains("mentionees", e.RawJson);
    }

    [Fact]
    public void Media_messages()
    {
        var image = Assert.IsType<ImageMessageContent>(Assert.IsType<MessageEvent>(Parse("image")).Message);
        Assert.Equal(("line", 1, 2), (image.ContentProvider.Type, image.ImageSet!.Index, image.ImageSet.Total));
        Assert.StartsWith("E005D41A", image.ImageSet.Id);

        var video = Assert.IsType<VideoMessageContent>(Assert.IsType<MessageEvent>(Parse("video")).Message);
        Assert.Equal(("external", "https://example.com/original.mp4", 60000L), (video.ContentProvider.Type, video.ContentProvider.OriginalContentUrl, video.Duration!.Value));

        var audio = Assert.IsType<AudioMessageContent>(Assert.IsType<MessageEvent>(Parse("audio")).Message);
        Assert.Equal(("325709", 60000L), (audio.Id, audio.Duration!.Value));

        var file = Assert.IsType<FileMessageContent>(Assert.IsType<MessageEvent>(Parse("file")).Message);
        Assert.Equal(("รายงานผล.pdf", 2138L), (file.FileName, file.FileSize));
    }

    [Fact]
    public void Location_and_sticker()
    {
        var loc = Assert.IsType<LocationMessageContent>(Assert.IsType<MessageEvent>(Parse("location")).Message);
        Assert.Equal(("สถาบันพัฒนาองค์กรชุมชน", 13.7469, 100.5792), (loc.Title, loc.Latitude, loc.Longitude));
        Assert.Contains("กรุงเทพฯ", loc.Address);

        var st = Assert.IsType<StickerMessageContent>(Assert.IsType<MessageEvent>(Parse("sticker")).Message);
        Assert.Equal(("11537", "52002738", "ANIMATION"), (st.PackageId, st.StickerId, st.StickerResourceType));
        Assert.Equal(["cony", "Thanks", "Applause"], st.Keywords);
    }

    [Fact]
    public void Chat_membership_events()
    {
        Assert.True(Assert.IsType<FollowEvent>(Parse("follow")).IsUnblocked);
        var unfollow = Assert.IsType<UnfollowEvent>(Parse("unfollow"));
        Assert.Null(unfollow.ReplyToken);
        Assert.Equal("U206d25c2ea6bd87c17655609a1c37cb8", unfollow.Source.ChatId);
        var join = Assert.IsType<JoinEvent>(Parse("join"));
        Assert.Null(Assert.IsType<GroupSource>(join.Source).UserId);
        Assert.IsType<LeaveEvent>(Parse("leave"));
        Assert.Equal(["U206d25c2ea6bd87c17655609a1c37cb8", "U1f2e3d4c5b6a79880716253443526170"], Assert.IsType<MemberJoinedEvent>(Parse("memberJoined")).UserIds);
        Assert.Equal(["U1f2e3d4c5b6a79880716253443526170"], Assert.IsType<MemberLeftEvent>(Parse("memberLeft")).UserIds);
    }

    [Fact]
    public void Other_events()
    {
        var pb = Assert.IsType<PostbackEvent>(Parse("postback"));
        Assert.Equal(("action=report&step=date", "2020-03-27"), (pb.Data, pb.Params["date"]));
        Assert.Equal("325708", Assert.IsType<UnsendEvent>(Parse("unsend")).MessageId);
        Assert.Equal("track-id", Assert.IsType<VideoPlayCompleteEvent>(Parse("videoPlayComplete")).TrackingId);
        Assert.Equal(("d41d8cd98f", "enter"), Assert.IsType<BeaconEvent>(Parse("beacon")) is var b ? (b.Hwid, b.BeaconType) : default);
        Assert.Equal("ok", Assert.IsType<AccountLinkEvent>(Parse("accountLink")).Result);
        Assert.Equal(("joined", 3189L), Assert.IsType<MembershipEvent>(Parse("membership")) is var m ? (m.MembershipType, m.MembershipId!.Value) : default);
        Assert.Equal("attached", Assert.IsType<ModuleEvent>(Parse("module")).ModuleType);
        Assert.Equal(1585400000000, Assert.IsType<ActivatedEvent>(Parse("activated")).ExpireAt);
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", Assert.IsType<PnpDeliveryCompletionEvent>(Parse("delivery")).Data);
        Assert.IsType<BotSuspendedEvent>(Parse("botSuspended"));
    }

    [Fact]
    public void Standby_and_redelivery()
    {
        var standby = Assert.IsType<MessageEvent>(Parse("standby"));
        Assert.True(standby.IsStandby);
        Assert.Null(standby.ReplyToken);
        var again = Assert.IsType<MessageEvent>(Parse("redelivered"));
        Assert.True(again.IsRedelivery);
        Assert.Equal("แจกข้าวสาร ๕๐ ถุง", Assert.IsType<TextMessageContent>(again.Message).Text);
    }

    [Fact]
    public void Unknown_types_and_fields_are_tolerated_but_the_spec_rejects_them()
    {
        const string future = """{"type":"hologram","mode":"active","timestamp":1,"webhookEventId":"X","deliveryContext":{"isRedelivery":false},"source":{"type":"space","userId":"U1"},"extra":{"a":[1]}}""";
        var e = Assert.IsType<UnknownEvent>(WebhookEventParser.Parse(future));
        Assert.Equal(("hologram", future), (e.Type, e.RawJson));
        Assert.Equal(("space", "U1", ""), Assert.IsType<UnknownSource>(e.Source) is var s ? (s.Type, s.UserId, s.ChatId) : default);
        Assert.NotEmpty(LineSpec.Webhook.ValidateSchema("Event", future));

        const string msg = """{"type":"message","message":{"id":"9","type":"hologram","shape":"cube"},"source":{"type":"user"}}""";
        var m = Assert.IsType<UnknownMessageContent>(Assert.IsType<MessageEvent>(WebhookEventParser.Parse(msg)).Message);
        Assert.Equal(("9", "hologram"), (m.Id, m.Type));
        Assert.Contains("cube", m.RawJson);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"type":"message"}""")]
    [InlineData("""{"type":"follow","follow":"yes","timestamp":"soon","source":null}""")]
    [InlineData("""{"type":"postback","postback":{"params":{"n":3}}}""")]
    [InlineData("""{"type":"memberJoined","joined":{"members":[{"type":"user"},42]}}""")]
    public void Missing_or_odd_fields_do_not_throw(string json)
    {
        var e = WebhookEventParser.Parse(json);
        Assert.Equal(json, e.RawJson);
        Assert.Equal("", e.Source.ChatId);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"type":""")]
    public void Invalid_json_throws_JsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => WebhookEventParser.Parse(json));

    [Fact]
    public void The_webhook_spec_check_rejects_malformed_events()
    {
        var body = JsonNode.Parse(Fixtures.Read("follow.json"))!;
        body["events"]![0]!.AsObject().Remove("follow");
        Assert.NotEmpty(LineSpec.Webhook.ValidateSchema("CallbackRequest", body.ToJsonString()));

        body = JsonNode.Parse(Fixtures.Read("image.json"))!;
        body["events"]![0]!["message"]!["contentProvider"]!["type"] = "ftp";
        Assert.NotEmpty(LineSpec.Webhook.ValidateSchema("CallbackRequest", body.ToJsonString()));

        body = JsonNode.Parse(Fixtures.Read("text.json"))!;
        body["destination"] = "bot";
        Assert.NotEmpty(LineSpec.Webhook.ValidateSchema("CallbackRequest", body.ToJsonString()));
    }
}
