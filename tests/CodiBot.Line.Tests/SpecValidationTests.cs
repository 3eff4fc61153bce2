using System.Text.Json.Nodes;
using CodiBot.Line.Messaging;
using CodiBot.Testing;

namespace CodiBot.Line.Tests;

/// <summary>Every message kind the builders make is valid per LINE's spec, and the spec check itself rejects bad bodies.</summary>
public class SpecValidationTests
{
    static readonly QuickReply AllKinds = new(
        QuickReplyItem.Message("ใช่", "ใช่"),
        QuickReplyItem.Postback("ยืนยัน", "action=confirm&id=1", "ยืนยัน"),
        QuickReplyItem.Camera("ถ่ายรูป"),
        QuickReplyItem.CameraRoll("เลือกรูป"),
        QuickReplyItem.Location("ตำแหน่ง"),
        QuickReplyItem.DatetimePicker("เลือกวันที่", "pick=date", "date"));

    public static TheoryData<string> Messages() =>
    [
        LineMessage.Text("รายงานหน้ากากผ้า 2,000 ชิ้น", AllKinds).ToString(),
        LineMessage.Text("hello").ToString(),
        LineMessage.Image(new Uri("https://example.com/a.jpg"), new Uri("https://example.com/a_s.jpg"), AllKinds).ToString(),
        LineMessage.Location("พอช.", "2044/28-33 ถ.เพชรบุรีตัดใหม่ กรุงเทพฯ", 13.7469, 100.5792).ToString(),
        LineMessage.Sticker("446", "1988").ToString(),
        LineMessage.Flex("สรุปรายวัน", Fixtures.Bubble("ยอดรวม")).ToString(),
        LineMessage.Flex("สรุปรายวัน", Fixtures.Carousel(3), AllKinds).ToString(),
    ];

    [Theory, MemberData(nameof(Messages))]
    public void Built_messages_validate_against_Message(string json) =>
        Assert.Empty(LineSpec.MessagingApi.ValidateSchema("Message", json));

    [Theory]
    [InlineData("""{"type":"text"}""")] // text missing
    [InlineData("""{"type":"textt","text":"hi"}""")] // unmapped discriminator value
    [InlineData("""{"type":"text","text":"hi","quickReply":{"items":[{"type":"action","action":{"type":"teleport","label":"x"}}]}}""")]
    [InlineData("""{"type":"image","originalContentUrl":"https://a/b.jpg"}""")] // preview missing
    [InlineData("""{"type":"location","title":"t","address":"a","latitude":"13.7","longitude":100}""")] // string latitude
    [InlineData("""{"type":"flex","altText":"x","contents":{"type":"bubblegum"}}""")]
    [InlineData("""{"type":"text","text":"hi","quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"x","data":"LONG"}}]}}""")]
    public void Malformed_messages_fail(string json)
    {
        json = json.Replace("LONG", new string('d', 301));
        Assert.NotEmpty(LineSpec.MessagingApi.ValidateSchema("Message", json));
    }

    [Fact]
    public void Fourteen_quick_reply_items_fail_the_spec()
    {
        var msg = LineMessage.Text("x", new QuickReply(Enumerable.Range(0, 13).Select(i => QuickReplyItem.Message($"l{i}", "t")))).ToJson();
        Assert.Empty(LineSpec.MessagingApi.ValidateSchema("Message", msg.ToJsonString()));
        ((JsonArray)msg["quickReply"]!["items"]!).Add(QuickReplyItem.Camera("c").ToJsonForTest());
        Assert.NotEmpty(LineSpec.MessagingApi.ValidateSchema("Message", msg.ToJsonString()));
    }

    [Fact]
    public void Request_validation_matches_templated_paths_strips_prefixes_and_checks_bodies()
    {
        var spec = LineSpec.MessagingApi;
        Assert.Empty(spec.ValidateRequest("GET", "/v2/bot/message/12345/content", null));
        Assert.Empty(spec.ValidateRequest("POST", "/simulator/line/v2/bot/message/push", """{"to":"U1","messages":[{"type":"text","text":"hi"}]}"""));
        Assert.NotEmpty(spec.ValidateRequest("POST", "/v2/bot/message/push", """{"to":"U1","messages":[]}""")); // minItems 1
        Assert.NotEmpty(spec.ValidateRequest("POST", "/v2/bot/message/push", """{"messages":[{"type":"text","text":"hi"}]}""")); // no "to"
        Assert.NotEmpty(spec.ValidateRequest("POST", "/v2/bot/message/push", null));
        Assert.NotEmpty(spec.ValidateRequest("POST", "/v2/bot/message/teleport", "{}"));
        Assert.NotEmpty(spec.ValidateRequest("DELETE", "/v2/bot/message/reply", null));
        Assert.NotEmpty(spec.ValidateRequest("GET", "/v2/bot/profile/U1", "{}"));
        Assert.NotEmpty(spec.ValidateRequest("POST", "/v2/bot/chat/loading/start", """{"chatId":"U1","loadingSeconds":61}"""));
    }
}
