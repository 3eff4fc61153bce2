using System.Text;
using CodiBot.Inbox;
using CodiBot.Line.Messaging;
using CodiBot.Simulator;
using CodiBot.Staff;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using CodiBot.Tests.Staff;

namespace CodiBot.Tests.Conversations;

/// <summary>Hostile long messages (issue 11 §2): every one is answered within LINE's limits — the stand-in LINE accepted
/// the answer — and the conversation stays usable. Emoji and Thai marks sit where the cuts fall.</summary>
public sealed class LongInputTests(StaffBot fixture) : IClassFixture<StaffBot>
{
    readonly TestBot _bot = fixture.Bot;

    /// <summary><paramref name="piece"/> over and over, <paramref name="length"/> units long (one less if that would end in half an emoji).</summary>
    static string Repeat(string piece, int length)
    {
        var s = string.Concat(Enumerable.Repeat(piece, length / piece.Length + 1))[..length];
        return char.IsHighSurrogate(s[^1]) ? s[..^1] : s;
    }

    static bool WellFormed(string s) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s)) == s;

    /// <summary>Says <paramref name="text"/> and checks the event was handled (not parked) and every answer reached LINE.</summary>
    async Task<IReadOnlyList<DeliveredMessage>> SayAsync(Chatter who, string text)
    {
        var answers = await who.SayAllAsync(text);
        var id = who.LastEvent!["webhookEventId"]!.ToString();
        Assert.Equal((long)InboxStatus.Done, await _bot.ScalarAsync($"SELECT Status FROM inbox_events WHERE WebhookEventId = '{id}'"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{id}' AND Status <> 1"));
        Assert.NotEmpty(answers);
        Assert.InRange(answers.Count, 1, LineLimits.MessagesPerRequest);
        Assert.All(answers, a => Assert.InRange(a.Text().Length, 1, LineLimits.TextLength));
        Assert.All(answers, a => Assert.True(WellFormed(a.Text())));
        Assert.Empty(_bot.Line.SpecErrors());
        return answers;
    }

    [Fact]
    public async Task A_totals_question_of_4990_characters_is_answered_quoting_only_its_beginning()
    {
        var question = "ยอด" + Repeat(" ผู้ใหญ่😷บ้าน", 4987);
        var answer = Assert.Single(await SayAsync(fixture.Admin(), question));
        Assert.Contains("ยังไม่เข้าใจคำว่า \"ผู้ใหญ่😷บ้าน ผู้ใหญ่😷บ้าน", answer.Text());
        Assert.InRange(answer.Text().Length, 1, 1000);
    }

    [Theory]
    [InlineData("ถอนสิทธิ์ ", "ไม่มีเจ้าหน้าที่ลำดับที่ 1234")]
    [InlineData("ลบประกาศ ", "วันนี้ไม่มีประกาศข้อ 1234")]
    public async Task A_command_followed_by_thousands_of_digits_is_refused_briefly(string command, string refusal)
    {
        var answers = await SayAsync(fixture.Admin(), command + Repeat("1234", 4990));
        Assert.StartsWith(refusal, answers[0].Text());
        Assert.InRange(answers[0].Text().Length, 1, 200);
    }

    [Fact]
    public async Task A_5000_character_place_gets_the_limit_and_the_report_goes_on()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        Assert.DoesNotContain("สถานที่:", (await SayAsync(leader, "แจกหน้ากากผ้าให้ประชาชน 300 ชิ้น"))[^1].Text()); // empty: not a line
        Assert.Contains("สถานที่", (await SayAsync(leader, "แก้ 8"))[^1].Text()); // 5 lines, then the empty ones to add

        var refused = (await SayAsync(leader, Repeat("วัดป่าน้ำใส😷", 5000)))[^1];
        Assert.Contains("ข้อความยาวเกินไปค่ะ ไม่เกิน 200 ตัวอักษร", refused.Text());
        Assert.Contains("ย้อนกลับ", refused.QuickReplyLabels());

        var place = Repeat("ศาลาวัดป่าน้ำใส😷", 200);
        Assert.Contains("6. สถานที่: " + place, (await SayAsync(leader, place))[^1].Text());
        Assert.Contains("ตอนนี้: " + place, (await SayAsync(leader, "แก้ 6"))[^1].Text());
        await SayAsync(leader, "ย้อนกลับ");
        await SayAsync(leader, "ยกเลิก");
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM reports WHERE ReporterUserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task A_quick_report_naming_hundreds_of_quantities_shows_its_whole_summary_and_is_saved()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var items = Enumerable.Range(1, 330).Select(i => $"ไข่ไก่ {i} แผง").ToList();
        var text = string.Join(" ", items);
        Assert.InRange(text.Length, 4000, 4999);

        var summary = await SayAsync(leader, text);
        Assert.True(summary.Count >= 2, $"{summary.Count} message(s)");
        var whole = string.Join("\n", summary.Select(m => m.Text()));
        Assert.Contains("ไข่ไก่ 330 แผง", whole);
        Assert.Contains("✅ ยืนยัน", summary[^1].QuickReplyLabels());

        var asked = await SayAsync(leader, "แก้ 4");
        Assert.Contains("ตอนนี้: ", asked[0].Text());
        Assert.Contains("คงเดิม", asked[^1].QuickReplyLabels());
        await SayAsync(leader, "คงเดิม");
        Assert.Contains("บันทึกรายงานแล้ว", (await SayAsync(leader, "ยืนยัน"))[^1].Text());
        Assert.Equal(Enumerable.Range(1, 330).Sum(), await _bot.ScalarAsync(
            $"SELECT SUM(m.Quantity) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.ReporterUserId = '{leader.UserId}'"));
    }
}
