using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Dialogs;

[Collection(SharedBotCollection.Name)]
public sealed class MoreDialogTests(SharedBot shared)
{
    readonly TestBot _bot = shared.Bot;

    [Fact]
    public async Task Project_update_offers_only_the_programmes_indicators_and_stores_a_programme_measure()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var programme = await leader.SayAsync("รายงานโครงการ");
        Assert.Contains("บ้านพอเพียงชนบท", programme.QuickReplyLabels());
        var indicator = await leader.SayAsync("บ้านพอเพียง");
        Assert.Contains("ครัวเรือนสร้างเสร็จ", indicator.QuickReplyLabels());
        Assert.DoesNotContain("คนที่ผ่านการอบรม", indicator.QuickReplyLabels());
        Assert.Contains("ครัวเรือน", (await leader.SayAsync("ครัวเรือนสร้างเสร็จ")).Text());
        var period = await leader.SayAsync("25");
        Assert.Contains("ยอดสะสม", period.QuickReplyLabels());
        await leader.SayAsync("เฉพาะช่วงนี้");
        await leader.SayAsync("1.5 ล้านบาท");
        await leader.SayAsync("วันนี้");
        await leader.SayAsync("ข้าม");
        var summary = await leader.SayAsync("ข้าม");
        Assert.Contains("25 ครัวเรือน", summary.Text());
        Assert.Contains("1,500,000", summary.Text());
        await leader.SayAsync("ยืนยัน");
        Assert.Equal(25, await _bot.ScalarAsync($"SELECT SUM(m.Quantity) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.ReporterUserId = '{leader.UserId}' AND m.Category = 'baan_por_piang.households_completed' AND m.Unit = 'ครัวเรือน'"));
        Assert.Equal(1500000, await _bot.ScalarAsync($"SELECT SUM(m.Quantity) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.ReporterUserId = '{leader.UserId}' AND m.Category = 'baan_por_piang.budget' AND m.Unit = 'บาท'"));
    }

    [Fact]
    public async Task A_cumulative_programme_figure_is_kept_in_the_report_but_not_added_up()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        await leader.SayAsync("รายงานโครงการ");
        await leader.SayAsync("บ้านพอเพียง");
        await leader.SayAsync("ครัวเรือนสร้างเสร็จ");
        await leader.SayAsync("120");
        await leader.SayAsync("ยอดสะสม");
        await leader.SayAsync("2 ล้านบาท");
        await leader.SayAsync("วันนี้");
        await leader.SayAsync("ข้าม");
        Assert.Contains("120 ครัวเรือน", (await leader.SayAsync("ข้าม")).Text());
        await leader.SayAsync("ยืนยัน");
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM reports WHERE ReporterUserId = '{leader.UserId}' AND AnswersJson LIKE '%cumulative%'"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM measures m JOIN reports r ON r.Id = m.ReportId WHERE r.ReporterUserId = '{leader.UserId}'"));
    }

    [Fact]
    public async Task A_person_who_writes_English_gets_the_dialog_in_English()
    {
        var leader = new Chatter(_bot);
        await leader.RegisterAsync();
        var category = await leader.SayAsync("covid report");
        Assert.Contains("What kind of activity", category.Text());
        Assert.Contains("Mask making", category.QuickReplyLabels());
        await leader.SayAsync("Mask making");
        Assert.Contains("How many", (await leader.SayAsync("sewed cloth masks for the market")).Text());
        Assert.Contains("Please type a number", (await leader.SayAsync("lots")).Text());
        var people = await leader.SayAsync("300 pieces");
        Assert.Contains("How many people", people.Text());
        Assert.Contains("Skip", people.QuickReplyLabels());
    }
}

public sealed class RestartMidDialogTests
{
    [Fact]
    public async Task A_restart_mid_dialog_continues_where_the_person_was()
    {
        await using var line = await LineStandIn.StartAsync();
        string database;
        Chatter leader;
        await using (var before = await TestBot.StartAsync(line: line))
        {
            database = before.DatabasePath;
            leader = new Chatter(before);
            await leader.RegisterAsync();
            await leader.SayAsync("รายงานโควิด");
            await leader.SayAsync("แจกหน้ากาก");
            Assert.Contains("จำนวนเท่าไร", (await leader.SayAsync("แจกหน้ากากผ้าให้ผู้สูงอายุ")).Text());
        }
        await using var after = await TestBot.StartAsync(databasePath: database, line: line);
        var resumed = leader.On(after);
        Assert.Contains("กี่คน", (await resumed.SayAsync("1,000 ชิ้น")).Text());
        await resumed.SayAsync("ข้าม");
        await resumed.SayAsync("วันนี้");
        await resumed.SayAsync("ข้าม");
        await resumed.SayAsync("ข้าม");
        await resumed.SayAsync("ข้าม");
        var summary = await resumed.SayAsync("ข้าม");
        Assert.Contains("3. สิ่งที่ทำ: แจกหน้ากากผ้าให้ผู้สูงอายุ", summary.Text());
        Assert.Contains("4. จำนวน: 1,000 ชิ้น", summary.Text());
    }
}
