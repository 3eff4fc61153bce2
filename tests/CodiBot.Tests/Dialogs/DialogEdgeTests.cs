using System.Text.RegularExpressions;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Dialogs;

/// <summary>
/// Rough edges found by trying the bot as a leader (issue 12 §1, §7, §8), each through the signed webhook and the
/// stand-in LINE: an activity without a number, the answers to an offer, short summaries, corrections, partners,
/// people counts, and commands typed while a question waits.
/// </summary>
[Collection(SharedBotCollection.Name)]
public sealed partial class DialogEdgeTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    async Task<Chatter> LeaderAsync(string organisation)
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync(organisation);
        return leader;
    }

    static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static string Unique(string name) => $"{name} {LineIds.Random('T')[^6..]}";

    /// <summary>Says the message and then answers "ใช่" to an offer or "ยืนยัน" to a summary until saved; returns the turns it took.</summary>
    static async Task<int> ReportInFewTurnsAsync(Chatter leader, string text)
    {
        var turns = 1;
        var answer = await leader.SayAsync(text);
        while (!answer.Text().Contains("บันทึกรายงานแล้ว") && turns < 6)
        {
            var reply = answer.Text().Contains("ต้องการส่งเป็นรายงาน") ? "ใช่" : answer.Text().Contains("สรุป") ? "ยืนยัน" : "ไม่ได้นับ";
            answer = await leader.SayAsync(reply);
            turns++;
        }
        Assert.Contains("บันทึกรายงานแล้ว", answer.Text());
        return turns;
    }

    [Theory]
    [InlineData("ตั้งจุดคัดกรองร่วมกับ อสม. ที่ศาลาหมู่บ้าน", "screening_point", "ยอดจุดคัดกรอง วันนี้")]
    [InlineData("วันนี้รณรงค์ให้ความรู้เรื่องโควิด", "campaign", "ยอดรณรงค์ วันนี้")]
    public async Task An_activity_without_a_number_is_stored_in_at_most_three_turns_and_counted_as_a_report(string text, string category, string question)
    {
        var leader = await LeaderAsync(Unique("สภาองค์กรชุมชนตำบลไม่นับ"));
        Assert.True(await ReportInFewTurnsAsync(leader, text) <= 3);
        Assert.Equal(1, await _bot.ScalarAsync($"""
            SELECT COUNT(*) FROM measures m JOIN reports r ON r.Id = m.ReportId
            WHERE r.ReporterUserId = '{leader.UserId}' AND m.Category = '{category}' AND m.Unit = ''
            """));

        var totals = await leader.SayAsync(question);
        Assert.Contains("1 รายงาน", totals.Text());
        Assert.DoesNotContain("ยังไม่มีรายงาน", totals.Text());
        // The digest (a Flex message) names the activity with its reports, though nothing was counted.
        var digest = (await leader.SayAsync("สรุปวันนี้")).Message.ToJsonString(Readable);
        Assert.Contains(category == "campaign" ? "รณรงค์/ให้ความรู้" : "จุดคัดกรอง", digest);
        Assert.Contains("ไม่ได้ระบุจำนวน", digest);
    }

    [Fact]
    public async Task The_guided_quantity_offers_not_counted_and_skip_and_moves_on()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("จุดคัดกรอง");
        var quantity = await leader.SayAsync("ตั้งจุดคัดกรองหน้าหมู่บ้านร่วมกับผู้ใหญ่บ้าน");
        Assert.Contains("จำนวนเท่าไร", quantity.Text());
        Assert.Contains("ไม่ได้นับ", quantity.QuickReplyLabels());
        Assert.Contains("ข้าม", quantity.QuickReplyLabels());
        var next = await leader.SayAsync("ไม่ได้นับ");
        Assert.Contains("กี่คน", next.Text());
    }

    [Fact]
    public async Task Cancelling_a_quick_report_nobody_typed_answers_for_does_not_warn_of_lost_answers()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        Assert.Contains("ต้องการส่งเป็นรายงาน", (await leader.SayAsync("วันนี้ฉีดพ่นยาฆ่าเชื้อที่ศาลาประชาคม")).Text());
        await leader.SayAsync("ใช่");
        var cancelled = await leader.SayAsync("ยกเลิก");
        Assert.Contains("ยกเลิกแล้ว", cancelled.Text());
        Assert.DoesNotContain("หายไป", cancelled.Text());
    }

    [Fact]
    public async Task No_to_an_offer_says_what_to_do_next()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        Assert.Contains("ต้องการส่งเป็นรายงาน", (await leader.SayAsync("วันนี้ฉีดพ่นยาฆ่าเชื้อที่ศาลาประชาคม")).Text());
        var answer = await leader.SayAsync("ไม่ใช่");
        Assert.Contains("พิมพ์เล่ามาใหม่ได้เลย", answer.Text());
        Assert.Contains(answer.QuickReplyLabels(), l => l.StartsWith("รายงานกิจกรรมโควิด"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM conversation_states WHERE UserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task A_summary_is_short_shows_people_in_people_and_never_an_english_id()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        var summary = await leader.SayAsync("แจกหน้ากากผ้า 500 ชิ้น ให้ผู้สูงอายุ 120 คน");
        var text = summary.Text();
        Assert.Contains("จำนวนคนที่ได้รับ: 120 คน", text);
        Assert.DoesNotContain(": -", text); // empty optional lines are not shown
        Assert.True(text.Split('\n').Length <= 9, text);
        await leader.SayAsync("ยืนยัน");
        var mine = await leader.SayAsync("รายงานของฉัน");
        Assert.DoesNotContain("people_reached", mine.Text());
        Assert.Contains("120 คน", mine.Text());
    }

    [Fact]
    public async Task The_guided_form_takes_the_number_typed_in_the_description()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("แจกหน้ากาก");
        var next = await leader.SayAsync("แจกหน้ากากผ้าให้ร้านค้าในตลาด 300 ชิ้น");
        Assert.DoesNotContain("จำนวนเท่าไร", next.Text());
        Assert.Contains("กี่คน", next.Text());
    }

    [Fact]
    public async Task Correcting_a_quantity_keeps_its_item()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        var summary = await leader.SayAsync("แจกข้าวสาร 5,000 กิโลกรัม");
        var n = LineNumber(summary.Text(), "จำนวน");
        Assert.Contains("จำนวนเท่าไร", (await leader.SayAsync($"แก้ {n}")).Text());
        var after = await leader.SayAsync("500");
        Assert.Contains($"{n}. จำนวน: ข้าวสาร 500 กิโลกรัม", after.Text());
    }

    [Fact]
    public async Task A_partner_tapped_again_is_removed_and_one_tap_adds_only_that_one_until_done()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        var summary = await leader.SayAsync("แจกเจลล้างมือ 20 ลิตร ร่วมกับ อสม. และ อบต.");
        Assert.Contains("ภาคีที่ร่วม: อสม., อบต.", summary.Text());
        var partners = await leader.SayAsync($"แก้ {LineNumber(summary.Text(), "ภาคีที่ร่วม")}");
        Assert.Contains("เลือกแล้ว: อสม., อบต.", partners.Text());
        Assert.Contains("✓ อสม.", partners.QuickReplyLabels());
        var removed = await leader.SayAsync("อสม.");
        Assert.Contains("เลือกแล้ว: อบต.", removed.Text());
        var added = await leader.SayAsync("รพ.สต.");
        Assert.Contains("เลือกแล้ว: อบต., รพ.สต.", added.Text()); // not โรงพยาบาล as well
        Assert.Contains("เสร็จ", added.QuickReplyLabels()); // still open
        var done = await leader.SayAsync("เสร็จ");
        Assert.Contains("ภาคีที่ร่วม: อบต., รพ.สต.", done.Text());
    }

    [Fact]
    public async Task The_people_question_refuses_a_count_of_things()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        await leader.SayAsync("รายงานโควิด");
        await leader.SayAsync("แจกหน้ากาก");
        await leader.SayAsync("แจกหน้ากากผ้าให้ผู้สูงอายุ");
        Assert.Contains("กี่คน", (await leader.SayAsync("500 ชิ้น")).Text());
        var retry = await leader.SayAsync("200 ชิ้น");
        Assert.Contains("จำนวนคน", retry.Text());
        Assert.Contains("กี่คน", retry.Text());
        Assert.Contains("วันไหน", (await leader.SayAsync("200 คน")).Text());
    }

    [Fact]
    public async Task A_command_typed_while_a_question_waits_is_answered_and_the_question_repeated()
    {
        var leader = await LeaderAsync("สภาองค์กรชุมชนตำบลละงู");
        await leader.SayAsync("รายงานโควิด");
        var totals = await leader.SayAllAsync("ยอดหน้ากาก วันนี้");
        Assert.Contains("📊", totals[0].Text());
        Assert.Contains("กิจกรรมประเภทไหน", totals[^1].Text());
        await leader.SayAsync("แจกหน้ากาก");
        await leader.SayAsync("แจกหน้ากากผ้าให้ผู้สูงอายุ");
        var mine = await leader.SayAllAsync("รายงานของฉัน");
        Assert.Contains("รายงาน", mine[0].Text());
        Assert.Contains("จำนวนเท่าไร", mine[^1].Text());
        Assert.Contains("จำนวนเท่าไร", (await leader.SayAsync("ช่วยเหลือ")).Text());
        Assert.Contains("กี่คน", (await leader.SayAsync("500 ชิ้น")).Text());

        // A question about another form: "help" there is answered, not taken as "switch".
        var ask = await leader.SayAsync("รายงานโครงการ");
        Assert.Contains("ยังทำ", ask.Text());
        var help = await leader.SayAsync("ช่วยเหลือ");
        Assert.Contains("ยังทำ", help.Text());
        Assert.Contains("กี่คน", (await leader.SayAsync("ทำต่อ")).Text());
    }

    /// <summary>The number of a line of the summary ("4. จำนวน: …" gives 4).</summary>
    static int LineNumber(string summary, string label) =>
        int.Parse(Regex.Match(summary, $@"(\d+)\. {Regex.Escape(label)}:").Groups[1].Value);
}
