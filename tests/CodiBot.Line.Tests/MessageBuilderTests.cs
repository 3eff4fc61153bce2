using System.Text.Json;
using System.Text.Json.Nodes;
using CodiBot.Line.Messaging;

namespace CodiBot.Line.Tests;

/// <summary>Each LINE limit: the largest allowed value builds, one past it throws with a clear message.</summary>
public class MessageBuilderTests
{
    static readonly Uri Https = new("https://example.com/a.jpg");

    [Fact]
    public void Text_length_is_counted_in_UTF16_units()
    {
        Assert.Equal(5000, ((string)LineMessage.Text(new string('ก', 5000)).ToJson()["text"]!).Length);
        var ex = Assert.Throws<LineMessageLimitException>(() => LineMessage.Text(new string('ก', 5001)));
        Assert.Contains("5000", ex.Message);
        Assert.Equal("text", ex.ParamName);
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Text(""));
        // An emoji is two UTF-16 units: 2,501 of them exceed the limit although they are fewer than 5,000 "characters".
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Text(string.Concat(Enumerable.Repeat("😷", 2501))));
    }

    [Fact]
    public void Image_needs_https()
    {
        Assert.Equal("image", LineMessage.Image(Https, Https).Type);
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Image(new Uri("http://example.com/a.jpg"), Https));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Image(Https, new Uri("ftp://example.com/a.jpg")));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Image(new Uri("https://example.com/" + new string('a', 2000)), Https));
    }

    [Fact]
    public void Location_limits()
    {
        LineMessage.Location(new string('ท', 100), new string('ท', 100), -90, 180);
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Location(new string('ท', 101), "a", 0, 0));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Location("t", new string('ท', 101), 0, 0));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Location("t", "a", 90.1, 0));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Location("t", "a", 0, -180.5));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Location("t", "a", double.NaN, 0));
    }

    [Fact]
    public void Sticker_needs_ids()
    {
        Assert.Equal("11537", (string?)LineMessage.Sticker("11537", "52002734").ToJson()["packageId"]);
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Sticker("", "1"));
    }

    [Fact]
    public void Flex_limits()
    {
        LineMessage.Flex(new string('a', 400), Fixtures.Bubble("x"));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Flex(new string('a', 401), Fixtures.Bubble("x")));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Flex("", Fixtures.Bubble("x")));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Flex("a", new JsonObject { ["type"] = "box" }));
        // Bubble ≤ 30 KB of JSON.
        LineMessage.Flex("a", Fixtures.Bubble("x", 29_000));
        Assert.Contains("bytes", Assert.Throws<LineMessageLimitException>(() => LineMessage.Flex("a", Fixtures.Bubble("x", 30_000))).Message);
        // Carousel: 1..12 bubbles, ≤ 50 KB in total.
        LineMessage.Flex("a", Fixtures.Carousel(12));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Flex("a", Fixtures.Carousel(13)));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Flex("a", Fixtures.Carousel(0)));
        LineMessage.Flex("a", Fixtures.Carousel(2, 24_000));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Flex("a", Fixtures.Carousel(3, 17_000)));
    }

    [Fact]
    public void Flex_contents_are_copied()
    {
        var bubble = Fixtures.Bubble("x");
        var msg = LineMessage.Flex("a", bubble);
        bubble["size"] = "giga";
        msg.ToJson()["altText"] = "changed";
        Assert.Null(msg.ToJson()["contents"]!["size"]);
        Assert.Equal("a", (string?)msg.ToJson()["altText"]);
    }

    [Fact]
    public void Quick_reply_holds_1_to_13_items()
    {
        var thirteen = Enumerable.Range(1, 13).Select(i => QuickReplyItem.Message($"ข้อ {i}", $"{i}")).ToArray();
        Assert.Equal(13, new QuickReply(thirteen).Items.Count);
        Assert.Contains("13", Assert.Throws<LineMessageLimitException>(() => new QuickReply([.. thirteen, QuickReplyItem.Camera("c")])).Message);
        Assert.Throws<LineMessageLimitException>(() => new QuickReply());
    }

    [Fact]
    public void Quick_reply_labels_are_1_to_20_characters()
    {
        // 20 Thai characters including vowel and tone marks ("ยืนยันการส่งรายงาน" style): each mark is one character.
        var label = "ยืนยันส่งรายงานวันนี้"[..20];
        Assert.Equal(label, QuickReplyItem.Message(label, "ok").Label);
        Assert.Throws<LineMessageLimitException>(() => QuickReplyItem.Message(label + "ๆ", "ok"));
        Assert.Throws<LineMessageLimitException>(() => QuickReplyItem.Camera(""));
        Assert.Throws<LineMessageLimitException>(() => QuickReplyItem.Location(new string('a', 21)));
    }

    [Fact]
    public void Postback_and_datetime_picker_limits()
    {
        QuickReplyItem.Postback("ok", new string('d', 300));
        Assert.Throws<LineMessageLimitException>(() => QuickReplyItem.Postback("ok", new string('d', 301)));
        Assert.Throws<LineMessageLimitException>(() => QuickReplyItem.DatetimePicker("วันที่", new string('d', 301), "date"));
        Assert.Throws<LineMessageLimitException>(() => QuickReplyItem.DatetimePicker("วันที่", "d", "week"));
        Assert.Equal("datetimepicker", QuickReplyItem.DatetimePicker("วันที่", "d", "datetime").ActionType);
        Assert.Equal(["message", "postback", "camera", "cameraRoll", "location"],
            new[] { QuickReplyItem.Message("a", "b"), QuickReplyItem.Postback("a", "b"), QuickReplyItem.Camera("a"), QuickReplyItem.CameraRoll("a"), QuickReplyItem.Location("a") }
                .Select(i => i.ActionType));
    }

    [Fact]
    public void Batch_holds_1_to_5_messages()
    {
        var five = Enumerable.Range(1, 5).Select(i => LineMessage.Text($"{i}")).ToArray();
        Assert.Equal(5, LineMessage.Batch(five).Count);
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Batch([.. five, LineMessage.Text("6")]));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.Batch());
    }

    [Fact]
    public void Stored_messages_round_trip()
    {
        var messages = new[]
        {
            LineMessage.Text("สวัสดี", new QuickReply(QuickReplyItem.Postback("เริ่ม", "start"))),
            LineMessage.Sticker("446", "1988"),
            LineMessage.Flex("a", Fixtures.Carousel(2)),
        };
        var stored = LineMessage.SerializeArray(messages);
        var back = LineMessage.ParseArray(stored);
        Assert.Equal(messages.Select(m => m.ToString()), back.Select(m => m.ToString()));
        Assert.Equal(stored, LineMessage.SerializeArray(back));
        Assert.Throws<LineMessageLimitException>(() => LineMessage.FromJson(new JsonObject { ["text"] = "no type" }));
        Assert.ThrowsAny<JsonException>(() => LineMessage.ParseArray("""{"type":"text"}"""));
    }
}
