using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Queries;

/// <summary>
/// Totals asked by chat, answered from the running totals that the reports in <see cref="TotalsBot"/> (sent by chat)
/// left behind. Today is Thursday 9 Apr 2020; the cumulative period starts with fiscal year 2563 on 1 Oct 2019.
/// </summary>
public sealed class TotalsEndToEndTests(TotalsBot fixture) : IClassFixture<TotalsBot>
{
    const string Cumulative = "ช่วงเวลา: ยอดสะสม (1 ต.ค. 2562 – 9 เม.ย. 2563)";

    [Theory]
    [InlineData("ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", """
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: ภาคใต้
        ช่วงเวลา: สัปดาห์นี้ (6 เม.ย. 2563 – 9 เม.ย. 2563)
        • ผลิตหน้ากาก 10,000 ชิ้น (1 รายงาน)
        • แจกหน้ากาก 3,000 ชิ้น (1 รายงาน)
        นับจากรายงานของ 2 องค์กร
        ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
        """)]
    [InlineData("ยอดข้าวสาร จ.พัทลุง", $"""
        📊 ยอดข้าวสาร
        พื้นที่: จ.พัทลุง
        {Cumulative}
        • ข้าวสาร 300 กิโลกรัม
        นับจาก 1 รายงาน ของ 1 องค์กร
        ในจำนวนนี้ 300 กิโลกรัมเป็นตัวเลขโดยประมาณ (กว่า/ประมาณ)
        """)]
    [InlineData("ยอดทั้งหมด วันนี้", """
        📊 ยอดทุกกิจกรรม
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: วันนี้ (9 เม.ย. 2563)
        • ผลิตหน้ากาก 10,000 ชิ้น
        • จุดคัดกรอง 4 จุด
        นับจาก 2 รายงาน ของ 2 องค์กร
        ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
        """)]
    [InlineData("ยอดเจล ตั้งแต่ 1 เม.ย. 63 ถึง 9 เม.ย. 63", """
        📊 ยอดเจล/สบู่ล้างมือ
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: 1 เม.ย. 2563 – 9 เม.ย. 2563
        • เจล/สบู่ล้างมือ 20 ลิตร
        นับจาก 1 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("บ้านพอเพียง ไตรมาส 2 ปีงบ 63", """
        📊 ยอดบ้านพอเพียงชนบท
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: ไตรมาส 2 ปีงบประมาณ 2563 (1 ม.ค. 2563 – 31 มี.ค. 2563)
        • ครัวเรือนสร้างเสร็จ 25 ครัวเรือน (1 รายงาน)
        นับจากรายงานของ 1 องค์กร
        """)]
    [InlineData("ยอดหน้ากากภาคใต้เท่าไหร่คะ", $"""
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: ภาคใต้
        {Cumulative}
        • ผลิตหน้ากาก 10,000 ชิ้น (1 รายงาน)
        • แจกหน้ากาก 5,000 ชิ้น (2 รายงาน)
        นับจากรายงานของ 2 องค์กร
        ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
        """)]
    [InlineData("ยอดไข่ เมื่อวาน", """
        📊 ยอดไข่ไก่
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: เมื่อวาน (8 เม.ย. 2563)
        ยังไม่มีรายงานในช่วงนี้ค่ะ 🙏 ลองถามช่วงเวลาหรือพื้นที่อื่นได้นะคะ
        """)]
    [InlineData("ยอดไข่ สัปดาห์นี้", """
        📊 ยอดไข่ไก่
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: สัปดาห์นี้ (6 เม.ย. 2563 – 9 เม.ย. 2563)
        • ไข่ไก่ 200 แผง
        นับจาก 1 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("ดูยอด หน้ากาก สัปดาห์ที่แล้ว", """
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: สัปดาห์ที่แล้ว (30 มี.ค. 2563 – 5 เม.ย. 2563)
        • ผลิตหน้ากาก 1,500 ชิ้น (1 รายงาน)
        • แจกหน้ากาก 2,000 ชิ้น (1 รายงาน)
        นับจากรายงานของ 2 องค์กร
        """)]
    [InlineData("ยอดผลิตหน้ากาก ภาคเหนือ", $"""
        📊 ยอดผลิตหน้ากาก
        พื้นที่: ภาคเหนือ
        {Cumulative}
        • ผลิตหน้ากาก 1,500 ชิ้น
        นับจาก 1 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("ยอดอาหาร เดือนนี้", """
        📊 ยอดอาหาร/ถุงยังชีพ
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: เดือนนี้ (1 เม.ย. 2563 – 9 เม.ย. 2563)
        • อาหาร/ถุงยังชีพ 800 กิโลกรัม, 200 แผง
        นับจาก 2 รายงาน ของ 2 องค์กร
        ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): อาหาร/ถุงยังชีพ 300 กิโลกรัม
        """)]
    [InlineData("ยอดแจกหน้ากาก ๑-๙ เม.ย. ๖๓", """
        📊 ยอดแจกหน้ากาก
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: 1 เม.ย. 2563 – 9 เม.ย. 2563
        • แจกหน้ากาก 5,000 ชิ้น
        นับจาก 2 รายงาน ของ 2 องค์กร
        """)]
    [InlineData("ยอดจุดคัดกรอง อีสาน", $"""
        📊 ยอดจุดคัดกรอง
        พื้นที่: ภาคตะวันออกเฉียงเหนือ
        {Cumulative}
        • จุดคัดกรอง 4 จุด
        นับจาก 1 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("ยอดหน้ากาก ละแม", $"""
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: กองทุนสวัสดิการชุมชนตำบลละแม
        {Cumulative}
        • แจกหน้ากาก 3,000 ชิ้น (1 รายงาน)
        นับจากรายงานของ 1 องค์กร
        """)]
    [InlineData("หน้ากาก ภาคใต้ วันนี้", """
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: ภาคใต้
        ช่วงเวลา: วันนี้ (9 เม.ย. 2563)
        • ผลิตหน้ากาก 10,000 ชิ้น (1 รายงาน)
        นับจากรายงานของ 1 องค์กร
        ในจำนวนนี้ 10,000 ชิ้นเป็นตัวเลขโดยประมาณ (กว่า/ประมาณ)
        """)]
    [InlineData("ยอดหน้ากาก เดือน มี.ค. 63", """
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: เดือน มี.ค. 2563 (1 มี.ค. 2563 – 31 มี.ค. 2563)
        • ผลิตหน้ากาก 1,500 ชิ้น (1 รายงาน)
        นับจากรายงานของ 1 องค์กร
        """)]
    [InlineData("ยอดรวม จ.น่าน ปีงบนี้", """
        📊 ยอดทุกกิจกรรม
        พื้นที่: จ.น่าน
        ช่วงเวลา: ปีงบประมาณ 2563 (1 ต.ค. 2562 – 9 เม.ย. 2563)
        • ผลิตหน้ากาก 1,500 ชิ้น
        • เจล/สบู่ล้างมือ 20 ลิตร
        นับจาก 2 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("ยอดหน้ากาก 7 วันที่ผ่านมา ครับ", """
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: 7 วันที่ผ่านมา (3 เม.ย. 2563 – 9 เม.ย. 2563)
        • ผลิตหน้ากาก 10,000 ชิ้น (1 รายงาน)
        • แจกหน้ากาก 3,000 ชิ้น (1 รายงาน)
        นับจากรายงานของ 2 องค์กร
        ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
        """)]
    [InlineData("masks south this week", """
        📊 Totals: Mask making and Masks handed out
        Where: Southern region
        When: this week (6 Apr 2020 – 9 Apr 2020)
        • Mask making 10,000 pieces (1 report)
        • Masks handed out 3,000 pieces (1 report)
        Counted from the reports of 2 organisations
        Of this, reported as approximate ("more than" or "about"): Mask making 10,000 pieces
        """)]
    [InlineData("total rice in Phatthalung", """
        📊 Totals: ข้าวสาร
        Where: Phatthalung province
        When: cumulative (1 Oct 2019 – 9 Apr 2020)
        • ข้าวสาร 300 kg
        Counted from 1 report by 1 organisation
        Of this, 300 kg was reported as approximate ("more than" or "about").
        """)]
    [InlineData("totals today", """
        📊 Totals: everything
        Where: the whole country
        When: today (9 Apr 2020)
        • Mask making 10,000 pieces
        • Screening point 4 points
        Counted from 2 reports by 2 organisations
        Of this, reported as approximate ("more than" or "about"): Mask making 10,000 pieces
        """)]
    [InlineData("eggs in the south last 7 days", """
        📊 Totals: ไข่ไก่
        Where: Southern region
        When: the last 7 days (3 Apr 2020 – 9 Apr 2020)
        • ไข่ไก่ 200 trays
        Counted from 1 report by 1 organisation
        """)]
    [InlineData("ยอดไข่ไก่ จ.ชุมพร", $"""
        📊 ยอดไข่ไก่
        พื้นที่: จ.ชุมพร
        {Cumulative}
        • ไข่ไก่ 200 แผง
        นับจาก 1 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("ยอดเจล ภาคเหนือ เดือนนี้", """
        📊 ยอดเจล/สบู่ล้างมือ
        พื้นที่: ภาคเหนือ
        ช่วงเวลา: เดือนนี้ (1 เม.ย. 2563 – 9 เม.ย. 2563)
        • เจล/สบู่ล้างมือ 20 ลิตร
        นับจาก 1 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("ยอดทั้งหมด เมื่อวาน", """
        📊 ยอดทุกกิจกรรม
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: เมื่อวาน (8 เม.ย. 2563)
        • แจกหน้ากาก 3,000 ชิ้น
        นับจาก 1 รายงาน ของ 1 องค์กร
        """)]
    [InlineData("ยอดข้าวสาร ไตรมาสนี้", """
        📊 ยอดข้าวสาร
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: ไตรมาส 3 ปีงบประมาณ 2563 (1 เม.ย. 2563 – 9 เม.ย. 2563)
        • ข้าวสาร 800 กิโลกรัม
        นับจาก 2 รายงาน ของ 2 องค์กร
        ในจำนวนนี้ 300 กิโลกรัมเป็นตัวเลขโดยประมาณ (กว่า/ประมาณ)
        """)]
    [InlineData("ยอดหน้ากาก ปีงบ 63", """
        📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
        พื้นที่: ทั่วประเทศ
        ช่วงเวลา: ปีงบประมาณ 2563 (1 ต.ค. 2562 – 9 เม.ย. 2563)
        • ผลิตหน้ากาก 11,500 ชิ้น (2 รายงาน)
        • แจกหน้ากาก 5,000 ชิ้น (2 รายงาน)
        นับจากรายงานของ 3 องค์กร
        ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
        """)]
    [InlineData("ยอดบ้านพอเพียง ภาคใต้", $"""
        📊 ยอดบ้านพอเพียงชนบท
        พื้นที่: ภาคใต้
        {Cumulative}
        • ครัวเรือนสร้างเสร็จ 25 ครัวเรือน (1 รายงาน)
        นับจากรายงานของ 1 องค์กร
        """)]
    [InlineData("ยอดข้าวสาร ภาคเหนือ", $"""
        📊 ยอดข้าวสาร
        พื้นที่: ภาคเหนือ
        {Cumulative}
        ยังไม่มีรายงานในช่วงนี้ค่ะ 🙏 ลองถามช่วงเวลาหรือพื้นที่อื่นได้นะคะ
        """)]
    [InlineData("masks handed out yesterday", """
        📊 Totals: Masks handed out
        Where: the whole country
        When: yesterday (8 Apr 2020)
        • Masks handed out 3,000 pieces
        Counted from 1 report by 1 organisation
        """)]
    public async Task Staff_get_exact_totals(string question, string answer)
    {
        var reply = await fixture.Staff.SayAsync(question);
        Assert.Equal(answer, reply.Text());
        Assert.Equal(4, reply.QuickReplyLabels().Count);
    }

    [Fact]
    public async Task The_main_menu_totals_button_answers_a_leader_with_their_organisations_running_totals()
    {
        var menu = await fixture.Langu.SayAsync("ดูยอดรวม"); // what the main menu's "ดูยอดรวม" button sends
        Assert.Equal($"""
            📊 ยอดทุกกิจกรรม
            พื้นที่: สภาองค์กรชุมชนตำบลละงู
            {Cumulative}
            • ผลิตหน้ากาก 10,000 ชิ้น
            • แจกหน้ากาก 2,000 ชิ้น
            นับจาก 2 รายงาน ของ 1 องค์กร
            ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
            """, menu.Text());
        Assert.Equal(4, menu.QuickReplyLabels().Count); // examples of what else to ask
    }

    [Fact]
    public async Task A_leader_sees_their_own_organisation_and_is_told_so_when_asking_about_another_place()
    {
        var own = await fixture.Langu.SayAsync("ยอดหน้ากาก");
        Assert.Equal($"""
            📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
            พื้นที่: สภาองค์กรชุมชนตำบลละงู
            {Cumulative}
            • ผลิตหน้ากาก 10,000 ชิ้น (1 รายงาน)
            • แจกหน้ากาก 2,000 ชิ้น (1 รายงาน)
            นับจากรายงานของ 1 องค์กร
            ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
            """, own.Text());

        var elsewhere = await fixture.Langu.SayAsync("ยอดหน้ากาก ภาคเหนือ สัปดาห์ที่แล้ว");
        Assert.Equal("""
            ผู้นำชุมชนดูยอดได้เฉพาะขององค์กรตัวเองค่ะ จึงแสดงยอดขององค์กรของคุณให้นะคะ 🙏

            📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
            พื้นที่: สภาองค์กรชุมชนตำบลละงู
            ช่วงเวลา: สัปดาห์ที่แล้ว (30 มี.ค. 2563 – 5 เม.ย. 2563)
            • แจกหน้ากาก 2,000 ชิ้น (1 รายงาน)
            นับจากรายงานของ 1 องค์กร
            """, elsewhere.Text());

        var otherOrganisation = await fixture.Lamae.SayAsync("ยอดทั้งหมด ละงู");
        Assert.StartsWith("ผู้นำชุมชนดูยอดได้เฉพาะขององค์กรตัวเองค่ะ", otherOrganisation.Text());
        Assert.Contains("พื้นที่: กองทุนสวัสดิการชุมชนตำบลละแม\n", otherOrganisation.Text());

        var named = await fixture.Lamae.SayAsync("ยอดทั้งหมด ละแม สัปดาห์นี้");
        Assert.Equal("""
            📊 ยอดทุกกิจกรรม
            พื้นที่: กองทุนสวัสดิการชุมชนตำบลละแม
            ช่วงเวลา: สัปดาห์นี้ (6 เม.ย. 2563 – 9 เม.ย. 2563)
            • แจกหน้ากาก 3,000 ชิ้น
            • อาหาร/ถุงยังชีพ 500 กิโลกรัม, 200 แผง
            นับจาก 2 รายงาน ของ 1 องค์กร
            """, named.Text());

        var english = await fixture.MuangLi.SayAsync("totals in Phatthalung");
        Assert.StartsWith("Leaders see the totals of their own organisations, so here are yours. 🙏\n\n📊 Totals: everything\nWhere: สภาองค์กรชุมชนตำบลเมืองลี\n", english.Text());
    }

    [Fact]
    public async Task A_guest_is_asked_to_register_first()
    {
        var guest = new Chatter(fixture.Bot);
        var answer = await guest.SayAsync("ยอดหน้ากาก ภาคใต้");
        Assert.Equal("ขออภัยค่ะ ดูยอดได้เมื่อลงทะเบียนแล้ว (ผู้นำชุมชนดูยอดขององค์กรตัวเอง เจ้าหน้าที่ดูได้ทั้งหมด) ลงทะเบียนสั้น ๆ ก่อนนะคะ ใช้เวลาประมาณ 1 นาที 🙏", answer.Text());
        Assert.Equal(["ลงทะเบียน"], answer.QuickReplyLabels());
        Assert.Equal("Totals are for registered community leaders and CODI staff. Please register first (it takes a minute). 🙏", (await guest.SayAsync("masks south this week")).Text());
    }

    [Fact]
    public async Task Anything_not_understood_gets_examples_not_an_error()
    {
        var unknownPlace = await fixture.Staff.SayAsync("ยอดหน้ากาก ภาคพายัพ");
        Assert.StartsWith("ขออภัยค่ะ ยังไม่เข้าใจคำว่า \"ภาคพายัพ\" 🙏\n\nดูยอดได้แบบนี้ค่ะ\n• ยอดหน้ากาก ภาคใต้ สัปดาห์นี้\n", unknownPlace.Text());
        Assert.Contains("\"สรุปวันนี้\"", unknownPlace.Text());
        Assert.Equal(["หน้ากาก ภาคใต้", "ข้าวสาร จ.พัทลุง", "ยอดทั้งหมด วันนี้", "บ้านพอเพียง ปีงบนี้"], unknownPlace.QuickReplyLabels());

        Assert.StartsWith("ขออภัยค่ะ ยังไม่เข้าใจคำว่า \"ไตรมาส 5\" 🙏\n\nดูยอดได้แบบนี้ค่ะ", (await fixture.Staff.SayAsync("ยอดหน้ากาก ไตรมาส 5")).Text());
        Assert.StartsWith("ขออภัยค่ะ วันที่หรือช่วงเวลานี้ไม่ถูกต้อง 🙏\n\nดูยอดได้แบบนี้ค่ะ", (await fixture.Staff.SayAsync("ยอดหน้ากาก 31 ก.พ. 63")).Text());
        Assert.StartsWith("ช่วงเวลานี้ยังมาไม่ถึงค่ะ จึงยังไม่มีรายงาน 🙏\n\nดูยอดได้แบบนี้ค่ะ", (await fixture.Staff.SayAsync("ยอดหน้ากาก ไตรมาส 4")).Text());
        var english = await fixture.Admin().SayAsync("totals of unicorns");
        Assert.StartsWith("Sorry, I didn't understand \"unicorns\". 🙏\n\nAsk for totals like this:\n• masks south this week\n", english.Text());
        Assert.Equal(["Masks, south", "Rice, Phatthalung", "Totals today", "Rural housing FY"], english.QuickReplyLabels());

        var menu = await fixture.Staff.SayAsync("ยอด");
        Assert.StartsWith("📊 ยอดทุกกิจกรรม\nพื้นที่: ทั่วประเทศ\n" + Cumulative + "\n", menu.Text());
    }

    [Fact]
    public async Task Reports_and_praise_are_not_taken_for_questions()
    {
        var leader = new Chatter(fixture.Bot);
        await leader.RegisterAsync("ชุมชนบ้านมั่นคงตำบลละงู", "สตูล", "ใต้");
        var report = await leader.SayAsync("ยอดแจกหน้ากากวันนี้ 500 ชิ้น");
        Assert.Contains("📋 สรุปรายงาน", report.Text());
        Assert.Contains("500 ชิ้น", report.Text());
        Assert.DoesNotContain("📊", (await fixture.Staff.SayAsync("ยอดเยี่ยมมากค่ะ")).Text());
        // "สรุป…" is the daily digest's command.
        Assert.DoesNotContain("\nช่วงเวลา: ", (await fixture.Staff.SayAsync("สรุปวันนี้")).Text());
    }

    [Fact]
    public async Task In_a_group_the_bot_answers_a_clear_totals_command_and_stays_out_of_chat()
    {
        var group = CodiBot.Simulator.LineIds.Random('C');
        var staff = new Chatter(fixture.Bot, group, fixture.Staff.UserId);
        var answer = Assert.Single(await staff.ChatAsync("ยอดหน้ากาก ภาคใต้ วันนี้"));
        Assert.StartsWith("📊 ยอดผลิตหน้ากาก และแจกหน้ากาก\nพื้นที่: ภาคใต้\nช่วงเวลา: วันนี้ (9 เม.ย. 2563)\n", answer.Text());
        Assert.Empty(await staff.ChatAsync("หน้ากากภาคใต้วันนี้ไม่พอแจกเลย"));
        Assert.Empty(await staff.ChatAsync("ยอดหน้ากากอะไรนะ"));
        Assert.StartsWith("ขออภัยค่ะ ยังไม่เข้าใจคำว่า", (await staff.SayAsync("ยอดหน้ากากอะไรนะ")).Text());

        // LINE names a group member only after they add the bot as a friend: no totals for someone the bot cannot see.
        var hidden = Assert.Single(await new Chatter(fixture.Bot, group).SendAsync(fixture.Bot.Webhooks.Text(null!, "ยอดหน้ากาก ภาคใต้", group, mentionBot: true)));
        Assert.Equal("ในกลุ่มนี้ CodiBot มองไม่เห็นว่าคุณคือใคร (LINE ซ่อนไว้จนกว่าจะเพิ่ม CodiBot เป็นเพื่อน) กรุณาเพิ่ม CodiBot เป็นเพื่อน แล้วถามในแชตส่วนตัวนะคะ", hidden.Text());
        // Nor a report: it would have no reporter.
        var report = Assert.Single(await new Chatter(fixture.Bot, group).SendAsync(fixture.Bot.Webhooks.Text(null!, "รายงานโควิด", group, mentionBot: true)));
        Assert.Contains("กรุณาเพิ่ม CodiBot เป็นเพื่อน แล้วรายงานในแชตส่วนตัวนะคะ", report.Text());
    }

    [Fact]
    public async Task A_withdrawn_report_leaves_the_totals()
    {
        var leader = new Chatter(fixture.Bot);
        await leader.RegisterAsync("สภาองค์กรชุมชนตำบลบ้านคา", "ราชบุรี", "กลาง");
        await leader.SayAsync("2 เม.ย. 63 จัดเตรียมสถานที่กักตัว 3 จุด");
        var saved = await leader.SayAsync("ยืนยัน");
        var code = System.Text.RegularExpressions.Regex.Match(saved.Text(), "เลขที่ ([A-Z0-9]{6})").Groups[1].Value;
        Assert.Equal("""
            📊 ยอดสถานที่กักตัว
            พื้นที่: จ.ราชบุรี
            ช่วงเวลา: 2 เม.ย. 2563
            • สถานที่กักตัว 3 จุด
            นับจาก 1 รายงาน ของ 1 องค์กร
            """, (await fixture.Staff.SayAsync("ยอดกักตัว จ.ราชบุรี 2 เม.ย. 63")).Text());

        await leader.SayAsync("ถอน " + code);
        await leader.SayAsync("ถอนรายงาน");
        Assert.EndsWith("ยังไม่มีรายงานในช่วงนี้ค่ะ 🙏 ลองถามช่วงเวลาหรือพื้นที่อื่นได้นะคะ", (await fixture.Staff.SayAsync("ยอดกักตัว จ.ราชบุรี 2 เม.ย. 63")).Text());
    }
}
