using System.Text;
using CodiBot.Conversations;
using CodiBot.Line.Messaging;
using CodiBot.LineAdapter;

namespace CodiBot.Tests.LineAdapter;

/// <summary>The adapter is the last line of defence: whatever the features say, it never builds a message LINE refuses.</summary>
public sealed class LineRenderingTests
{
    static bool WellFormed(string s) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)) == s;

    static List<string> Texts(IReadOnlyList<LineMessage> messages) => messages.Select(m => m.ToJson()["text"]!.ToString()).ToList();

    static List<string> Labels(LineMessage m) =>
        m.ToJson()["quickReply"]?["items"]?.AsArray().Select(i => i!["action"]!["label"]!.ToString()).ToList() ?? [];

    [Theory]
    [InlineData("ชุมชนบ้านมั่นคงริม😷ละงู", "ชุมชนบ้านมั่นคงริม…")]     // the 20th unit is the second half of 😷
    [InlineData("😷😷😷😷😷😷😷😷😷😷😷", "😷😷😷😷😷😷😷😷😷…")]
    [InlineData("กองทุนสวัสดิการชุมชี้แจง", "กองทุนสวัสดิการชุม…")]    // ชี้ is one letter with two marks
    [InlineData("สั้น ๆ 😷", "สั้น ๆ 😷")]
    public void A_long_quick_reply_label_is_cut_between_characters(string label, string expected)
    {
        var rendered = LineRendering.Render([new BotMessage("เลือกองค์กรค่ะ", [new Choice(label, label)])]);
        var shown = Assert.Single(Labels(rendered[0]));
        Assert.Equal(expected, shown);
        Assert.True(shown.Length <= LineLimits.QuickReplyLabel);
        Assert.True(WellFormed(shown));
        // The text the button sends stays whole, so the answer still matches the organisation.
        Assert.Equal(label, rendered[0].ToJson()["quickReply"]!["items"]![0]!["action"]!["text"]!.ToString());
    }

    [Fact]
    public void A_text_over_5000_characters_is_split_on_line_breaks_into_one_reply()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"{i}. ข้าวสาร {i * 10} กิโลกรัม (ผู้ใหญ่บ้าน 😷)").ToList();
        var text = string.Join("\n", lines);
        Assert.True(text.Length > 2 * LineLimits.TextLength);
        var rendered = LineRendering.Render([new BotMessage(text, [new Choice("ยืนยัน", "ยืนยัน")])]);

        Assert.InRange(rendered.Count, 3, LineLimits.MessagesPerRequest);
        var parts = Texts(rendered);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, LineLimits.TextLength));
        Assert.All(parts, p => Assert.True(WellFormed(p)));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));             // every line whole, in order
        Assert.Equal(["ยืนยัน"], Labels(rendered[^1]));                         // the buttons on the last message only
        Assert.All(rendered.SkipLast(1), m => Assert.Empty(Labels(m)));
    }

    [Fact]
    public void A_text_that_would_need_more_than_one_reply_is_shortened_to_fit_it()
    {
        var before = new BotMessage("บันทึกแล้วค่ะ");
        var huge = new BotMessage(string.Concat(Enumerable.Repeat("น้ำดื่ม👍🏽", 10_000)), [new Choice("ยืนยัน", "ยืนยัน")]);
        var rendered = LineRendering.Render([before, huge]);

        Assert.Equal(LineLimits.MessagesPerRequest, rendered.Count);
        var parts = Texts(rendered);
        Assert.Equal("บันทึกแล้วค่ะ", parts[0]);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, LineLimits.TextLength));
        Assert.All(parts, p => Assert.True(WellFormed(p)));
        Assert.EndsWith("…", parts[^1]);
        Assert.Equal(["ยืนยัน"], Labels(rendered[^1]));
        _ = LineMessage.Batch(rendered);
    }

    [Fact]
    public void One_letter_under_ten_thousand_marks_still_fits()
    {
        var zalgo = "ก" + new string('\u0E48', 10_000);
        var rendered = LineRendering.Render([new BotMessage(zalgo)]);
        Assert.InRange(rendered.Count, 2, LineLimits.MessagesPerRequest);
        Assert.All(Texts(rendered), p => Assert.InRange(p.Length, 1, LineLimits.TextLength));
    }

    [Fact]
    public void A_button_whose_text_LINE_would_refuse_is_left_out()
    {
        var longName = new string('ก', LineLimits.ActionText + 1);
        var rendered = LineRendering.Render([new BotMessage("เลือกองค์กรค่ะ", [new Choice(longName, longName), new Choice("ยกเลิก", "ยกเลิก")])]);
        Assert.Equal(["ยกเลิก"], Labels(rendered[0]));

        var none = LineRendering.Render([new BotMessage("เลือกองค์กรค่ะ", [new Choice(longName, longName)])]);
        Assert.Null(none[0].ToJson()["quickReply"]);
    }
}
