using CodiBot.Conversations;
using CodiBot.Queries;
using CodiBot.Totals;

namespace CodiBot.Tests.Queries;

/// <summary>The wording of answers, for answers built by hand (the end-to-end tests read real running totals).</summary>
public sealed class TotalsAnswerTextTests
{
    static readonly TotalsVocabulary Words = new(TotalsQueryParserTests.Catalog);
    static readonly TotalsQueryParser Parser = new(Words);
    static readonly TotalsAnswerText Writer = new(Words);
    static readonly DateOnly Today = new(2020, 4, 9);

    static string Answer(string question, TotalsAnswer answer, Lang lang = Lang.Th)
    {
        var q = Parser.Parse(question, Today, new DateOnly(2019, 10, 1), []);
        return Writer.Write(q, answer, TotalsAnswerText.PlaceName(q.Place, new Dictionary<long, string>(), lang), lang);
    }

    [Fact]
    public void Several_categories_each_with_their_reports_and_the_approximate_part()
    {
        var text = Answer("ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", new TotalsAnswer(
            [new("mask_production", "ชิ้น", 12_500, 10_000), new("mask_distribution", "ชิ้น", 3_000, 0)],
            [new("mask_production", 3), new("mask_distribution", 2)], null, 3));

        Assert.Equal("""
            📊 ยอดผลิตหน้ากาก และแจกหน้ากาก
            พื้นที่: ภาคใต้
            ช่วงเวลา: สัปดาห์นี้ (6 เม.ย. 2563 – 9 เม.ย. 2563)
            • ผลิตหน้ากาก 12,500 ชิ้น (3 รายงาน)
            • แจกหน้ากาก 3,000 ชิ้น (2 รายงาน)
            นับจากรายงานของ 3 องค์กร
            ในจำนวนนี้เป็นตัวเลขโดยประมาณ (กว่า/ประมาณ): ผลิตหน้ากาก 10,000 ชิ้น
            """, text);
    }

    [Fact]
    public void One_item_in_one_unit_says_its_approximate_part_in_a_sentence()
    {
        var text = Answer("ยอดข้าวสาร จ.พัทลุง", new TotalsAnswer(
            [new("food_relief:ข้าวสาร", "กิโลกรัม", 5_250.5, 5_000)], [new("food_relief:ข้าวสาร", 2)], 2, 1));

        Assert.Equal("""
            📊 ยอดข้าวสาร
            พื้นที่: จ.พัทลุง
            ช่วงเวลา: ยอดสะสม (1 ต.ค. 2562 – 9 เม.ย. 2563)
            • ข้าวสาร 5,250.5 กิโลกรัม
            นับจาก 2 รายงาน ของ 1 องค์กร
            ในจำนวนนี้ 5,000 กิโลกรัมเป็นตัวเลขโดยประมาณ (กว่า/ประมาณ)
            """, text);
    }

    [Fact]
    public void A_programme_is_named_once_and_its_indicators_listed()
    {
        var text = Answer("บ้านพอเพียง ไตรมาส 2 ปีงบ 63", new TotalsAnswer(
            [new("baan_por_piang.households_completed", "ครัวเรือน", 120, 0), new("baan_por_piang.budget", "บาท", 1_500_000, 0)],
            [new("baan_por_piang.households_completed", 2), new("baan_por_piang.budget", 1)], null, 2));

        Assert.Equal("""
            📊 ยอดบ้านพอเพียงชนบท
            พื้นที่: ทั่วประเทศ
            ช่วงเวลา: ไตรมาส 2 ปีงบประมาณ 2563 (1 ม.ค. 2563 – 31 มี.ค. 2563)
            • ครัวเรือนสร้างเสร็จ 120 ครัวเรือน (2 รายงาน)
            • งบที่เบิกจ่าย 1,500,000 บาท (1 รายงาน)
            นับจากรายงานของ 2 องค์กร
            """, text);
    }

    [Fact]
    public void Everything_lists_each_category_in_the_forms_order_without_item_parts()
    {
        var text = Answer("ยอดทั้งหมด วันนี้", new TotalsAnswer(
            [new("food_relief", "กิโลกรัม", 500, 0), new("food_relief:ข้าวสาร", "กิโลกรัม", 500, 0), new("mask_production", "ชิ้น", 800, 0), new("food_relief", "แผง", 30, 0)],
            [new("food_relief", 2), new("mask_production", 1)], 3, 2));

        Assert.Equal("""
            📊 ยอดทุกกิจกรรม
            พื้นที่: ทั่วประเทศ
            ช่วงเวลา: วันนี้ (9 เม.ย. 2563)
            • ผลิตหน้ากาก 800 ชิ้น
            • อาหาร/ถุงยังชีพ 500 กิโลกรัม, 30 แผง
            นับจาก 3 รายงาน ของ 2 องค์กร
            """, text);
    }

    [Fact]
    public void Nothing_found_is_said_kindly()
    {
        var text = Answer("ยอดเจล 1-9 เม.ย. 63", new TotalsAnswer([], [], 0, 0));

        Assert.Equal("""
            📊 ยอดเจล/สบู่ล้างมือ
            พื้นที่: ทั่วประเทศ
            ช่วงเวลา: 1 เม.ย. 2563 – 9 เม.ย. 2563
            ยังไม่มีรายงานในช่วงนี้ค่ะ 🙏 ลองถามช่วงเวลาหรือพื้นที่อื่นได้นะคะ
            """, text);
    }

    [Fact]
    public void English_questions_are_answered_in_English()
    {
        var text = Answer("total rice in Phatthalung this week", new TotalsAnswer(
            [new("food_relief:ข้าวสาร", "กิโลกรัม", 1_000, 0)], [new("food_relief:ข้าวสาร", 1)], 1, 1), Lang.En);

        Assert.Equal("""
            📊 Totals: ข้าวสาร
            Where: Phatthalung province
            When: this week (6 Apr 2020 – 9 Apr 2020)
            • ข้าวสาร 1,000 kg
            Counted from 1 report by 1 organisation
            """, text);
    }
}
