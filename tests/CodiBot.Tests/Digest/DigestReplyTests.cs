using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Digest;

/// <summary>
/// One reported day, made through the real bot on a fake clock: on 26 Mar 2563 a southern council hands out
/// 1,000 masks; on 27 Mar it hands out 2,000 masks and food, a northern fund makes over 10,000 masks and reports
/// 120 Baan Por Piang households approved, and staff post an announcement.
/// </summary>
public sealed class ReportedDay : IAsyncLifetime
{
    public DigestHost Host { get; private set; } = null!;
    public string SouthGroup { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 9, 0));
        var bot = Host.Bot;
        var south = new Chatter(bot);
        await south.RegisterAsync("สภาองค์กรชุมชนตำบลละงู", "พัทลุง", "ใต้");
        await Report(south, "แจกหน้ากากผ้าให้ประชาชน 1,000 ชิ้น");

        Host.MoveTo(DigestHost.At(2020, 3, 27, 9, 0));
        await Report(south, "แจกหน้ากากผ้าให้ประชาชน 2,000 ชิ้น");
        await Report(south, "แจกข้าวสารให้สมาชิก 5,000 กิโลกรัม และไข่ไก่ 2,700 แผง");
        var north = new Chatter(bot);
        await north.RegisterAsync("กองทุนสวัสดิการชุมชนตำบลเมืองลี", "น่าน", "เหนือ");
        await Report(north, "ผลิตหน้ากากผ้าแจกประชาชน จำนวนกว่า 10,000 ชิ้น");
        foreach (var step in (string[])["รายงานโครงการ", "บ้านพอเพียง", "ครัวเรือนอนุมัติ", "120", "เฉพาะช่วงนี้", "ข้าม", "วันนี้", "ข้าม", "ข้าม"])
            await north.SayAsync(step);
        Assert.Contains("บันทึกรายงานแล้ว", (await north.SayAsync("ยืนยัน")).Text());
        await Host.AnnounceAsync("ประชุมทีมข้อมูลทุกภาค พรุ่งนี้ 9.00 น. ทาง Zoom");
        SouthGroup = await Host.SubscribeAsync("ศปก. ภาคใต้", region: "south");
        Host.MoveTo(DigestHost.At(2020, 3, 27, 17, 0));
    }

    static async Task Report(Chatter leader, string text)
    {
        await leader.SayAsync(text);
        Assert.Contains("บันทึกรายงานแล้ว", (await leader.SayAsync("ยืนยัน")).Text());
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ReportedDayCollection : ICollectionFixture<ReportedDay>
{
    public const string Name = "reported day";
}

[Collection(ReportedDayCollection.Name)]
public sealed class DigestReplyTests(ReportedDay day)
{
    readonly TestBot _bot = day.Host.Bot;

    [Fact]
    public async Task Asking_for_27_Mar_63_replies_with_that_days_digest_free_of_quota()
    {
        var anyone = new Chatter(_bot);
        var digest = await anyone.SayAsync("สรุป 27 มี.ค. 63");
        Assert.Equal("reply", digest.How);
        Assert.Equal(
            "ศปก.โควิด-19 พอช. สรุป 27 มี.ค. 2563 · ทั้งประเทศ: รายงาน 4 ฉบับ · 2 องค์กร · 2 จังหวัด · แจกหน้ากาก 2,000 ชิ้น · ผลิตหน้ากาก กว่า 10,000 ชิ้น · อาหาร/ถุงยังชีพ 5,000 กิโลกรัม, 2,700 แผง",
            digest.AltText());
        var texts = digest.Texts();
        Assert.Equal("carousel", digest.Message["contents"]!["type"]!.ToString());
        InOrder.Texts(texts, ["ศปก.โควิด-19 พอช.", "สรุปสถานการณ์ประจำวัน", "27 มี.ค. 2563 · ทั้งประเทศ", "4", "รายงาน", "2", "องค์กร", "2", "จังหวัด"]);
        InOrder.Texts(texts, ["ยอดตามกิจกรรม", "สะสมตั้งแต่ 1 ต.ค. 2562",
            "แจกหน้ากาก", "1 รายงาน", "2,000 ชิ้น", "สะสม 3,000 ชิ้น",
            "ผลิตหน้ากาก", "1 รายงาน", "กว่า 10,000 ชิ้น", "สะสม กว่า 10,000 ชิ้น",
            "อาหาร/ถุงยังชีพ", "1 รายงาน", "5,000 กิโลกรัม, 2,700 แผง", "สะสม 5,000 กิโลกรัม, 2,700 แผง"]);
        InOrder.Texts(texts, ["รายภาค",
            "ภาคเหนือ", "2 รายงาน · 1 องค์กร", "ผลิตหน้ากาก กว่า 10,000 ชิ้น", // and its project update
            "ภาคตะวันออกเฉียงเหนือ", "0 รายงาน · 0 องค์กร",
            "ภาคใต้", "2 รายงาน · 1 องค์กร", "แจกหน้ากาก 2,000 ชิ้น, อาหาร/ถุงยังชีพ 5,000 กิโลกรัม"]);
        InOrder.Texts(texts, ["รายงานเด่นของวัน",
            "แจกหน้ากาก", "2,000 ชิ้น", "สภาองค์กรชุมชนตำบลละงู (จ.พัทลุง)",
            "ผลิตหน้ากาก", "กว่า 10,000 ชิ้น", "กองทุนสวัสดิการชุมชนตำบลเมืองลี (จ.น่าน)",
            "อาหาร/ถุงยังชีพ", "5,000 กิโลกรัม", "สภาองค์กรชุมชนตำบลละงู (จ.พัทลุง)"]);
        InOrder.Texts(texts, ["ความคืบหน้าโครงการ ปีงบประมาณ 2563",
            "บ้านพอเพียงชนบท · ครัวเรือนอนุมัติ", "120 จาก 11,500 ครัวเรือน (ร้อยละ 1.04)",
            "บ้านมั่นคง · ครัวเรือนอนุมัติ", "0 จาก 5,500 ครัวเรือน (ร้อยละ 0)"]);
        InOrder.Texts(texts, ["ประกาศจากศูนย์", "ประชุมทีมข้อมูลทุกภาค พรุ่งนี้ 9.00 น. ทาง Zoom", "— อรุณี ศปก."]);
        Assert.DoesNotContain(_bot.Platform.Requests, r => r.Path.EndsWith("/push"));
        Assert.Empty(_bot.Line.SpecErrors());
    }
}

[Collection(ReportedDayCollection.Name)]
public sealed class DigestReplyVariantTests(ReportedDay day)
{
    readonly TestBot _bot = day.Host.Bot;

    const string ThaiExamples = "พิมพ์ได้แบบนี้ค่ะ\n• สรุปวันนี้\n• สรุปเมื่อวาน\n• สรุป 27 มี.ค. 63\n• สรุปวันนี้ ภาคใต้";

    [Fact]
    public async Task A_region_gets_only_its_figures_and_no_regional_breakdown()
    {
        var digest = await new Chatter(_bot).SayAsync("สรุปวันนี้ ภาคใต้");
        Assert.Equal(
            "ศปก.โควิด-19 พอช. สรุป 27 มี.ค. 2563 · ภาคใต้: รายงาน 2 ฉบับ · 1 องค์กร · 1 จังหวัด · แจกหน้ากาก 2,000 ชิ้น · อาหาร/ถุงยังชีพ 5,000 กิโลกรัม, 2,700 แผง",
            digest.AltText());
        var texts = digest.Texts();
        Assert.DoesNotContain("ผลิตหน้ากาก", texts);
        Assert.DoesNotContain("รายภาค", texts);
        InOrder.Texts(texts, "แจกหน้ากาก", "2,000 ชิ้น", "สะสม 3,000 ชิ้น", "ความคืบหน้าโครงการ ปีงบประมาณ 2563 (ทั้งประเทศ)");
    }

    [Fact]
    public async Task A_subscribed_groups_region_is_the_default_and_whole_country_can_be_asked()
    {
        var member = new Chatter(_bot, day.SouthGroup);
        var yesterday = Assert.Single(await member.ChatAsync("สรุปเมื่อวาน")); // the whole message is the command: no mention needed
        Assert.Equal("reply", yesterday.How);
        Assert.Equal("ศปก.โควิด-19 พอช. สรุป 26 มี.ค. 2563 · ภาคใต้: รายงาน 1 ฉบับ · 1 องค์กร · 1 จังหวัด · แจกหน้ากาก 1,000 ชิ้น", yesterday.AltText());
        var country = await member.SayAsync("สรุปเมื่อวาน ทั้งประเทศ");
        Assert.StartsWith("ศปก.โควิด-19 พอช. สรุป 26 มี.ค. 2563 · ทั้งประเทศ: รายงาน 1 ฉบับ", country.AltText());
        // Chat that only starts with "สรุป" is between people.
        Assert.Empty(await member.ChatAsync("สรุปการประชุมเมื่อวานนะ ทุกคนเห็นด้วย"));
    }

    [Fact]
    public async Task English_asks_get_the_digest_in_English()
    {
        var digest = await new Chatter(_bot).SayAsync("digest yesterday");
        Assert.Equal("CODI summary 26 Mar 2020 · whole country: 1 report · 1 organisation · 1 province · Masks handed out 1,000 pieces", digest.AltText());
        InOrder.Texts(digest.Texts(), "CODI COVID-19 Operation Centre", "Daily situation summary", "By activity", "cumulative since 1 Oct 2019",
            "Masks handed out", "1 report", "1,000 pieces", "total 1,000 pieces");
        var south = await new Chatter(_bot).SayAsync("digest today south");
        Assert.Equal("CODI summary 27 Mar 2020 · Southern: 2 reports · 1 organisation · 1 province · Masks handed out 2,000 pieces · Food & relief bags 5,000 kg, 2,700 trays", south.AltText());
    }

    [Fact]
    public async Task Just_summary_is_today_and_a_quiet_day_is_one_bubble()
    {
        Assert.StartsWith("ศปก.โควิด-19 พอช. สรุป 27 มี.ค. 2563 · ทั้งประเทศ: รายงาน 4 ฉบับ", (await new Chatter(_bot).SayAsync("สรุป")).AltText());
        var quiet = await new Chatter(_bot).SayAsync("สรุป 1 มี.ค. 63");
        Assert.Equal("ศปก.โควิด-19 พอช. สรุป 1 มี.ค. 2563 · ทั้งประเทศ: ยังไม่มีรายงานของวันที่ 1 มี.ค. 2563 ค่ะ", quiet.AltText());
        Assert.Equal("bubble", quiet.Message["contents"]!["type"]!.ToString());
        InOrder.Texts(quiet.Texts(), "ยังไม่มีรายงานของวันที่ 1 มี.ค. 2563 ค่ะ", "ความคืบหน้าโครงการ ปีงบประมาณ 2563", "0 จาก 11,500 ครัวเรือน (ร้อยละ 0)");
    }

    [Theory]
    [InlineData("สรุปพรุ่งนี้", "วันที่ 28 มี.ค. 2563 ยังมาไม่ถึงค่ะ ขอสรุปได้ถึงวันนี้ (27 มี.ค. 2563)\n" + ThaiExamples)]
    [InlineData("สรุป 1 เม.ย. 63", "วันที่ 1 เม.ย. 2563 ยังมาไม่ถึงค่ะ ขอสรุปได้ถึงวันนี้ (27 มี.ค. 2563)\n" + ThaiExamples)]
    [InlineData("สรุปผลการประชุม", "ต้องการสรุปของวันไหนคะ\n" + ThaiExamples)]
    [InlineData("สรุป 31 ก.พ. 63", "ต้องการสรุปของวันไหนคะ\n" + ThaiExamples)]
    [InlineData("สรุปวันนี้ ภาคใต้ ภาคเหนือ", "ต้องการสรุปของวันไหนคะ\n" + ThaiExamples)]
    [InlineData("summary of the meeting", "Which day would you like the summary of?\nTry:\n• digest today\n• digest yesterday\n• digest 27 Mar 2020\n• digest today south")]
    public async Task A_future_or_unreadable_day_gets_a_friendly_hint(string ask, string hint)
    {
        var answer = await new Chatter(_bot).SayAsync(ask);
        Assert.Equal("text", answer.Message["type"]!.ToString());
        Assert.Equal(hint, answer.Text());
        Assert.NotEmpty(answer.QuickReplyLabels());
    }

    [Fact]
    public async Task A_totals_question_is_left_to_the_totals_commands()
    {
        var answer = await new Chatter(_bot).SayAsync("สรุปยอดหน้ากาก ภาคใต้");
        Assert.NotEqual("flex", answer.Message["type"]!.ToString());
        Assert.DoesNotContain("ต้องการสรุปของวันไหน", answer.Text());
    }
}
