using CodiBot.Conversations;

namespace CodiBot.Queries;

/// <summary>Example questions, shown whenever a totals question is not understood and as quick replies under answers.</summary>
public static class TotalsExamples
{
    static readonly (string Label, string Text)[] Thai =
    [
        ("หน้ากาก ภาคใต้", "ยอดหน้ากาก ภาคใต้ สัปดาห์นี้"),
        ("ข้าวสาร จ.พัทลุง", "ยอดข้าวสาร จ.พัทลุง"),
        ("ยอดทั้งหมด วันนี้", "ยอดทั้งหมด วันนี้"),
        ("บ้านพอเพียง ปีงบนี้", "ยอดบ้านพอเพียง ปีงบนี้"),
    ];

    static readonly (string Label, string Text)[] English =
    [
        ("Masks, south", "masks south this week"),
        ("Rice, Phatthalung", "total rice in Phatthalung"),
        ("Totals today", "totals today"),
        ("Rural housing FY", "total rural housing this fiscal year"),
    ];

    public static IReadOnlyList<Choice> Choices(Lang lang) =>
        (lang == Lang.En ? English : Thai).Select(e => new Choice(e.Label, e.Text)).ToList();

    /// <summary>How to ask, with examples; <paramref name="opening"/> says what went wrong, if anything.</summary>
    public static BotMessage Message(Lang lang, string? opening = null)
    {
        var text = lang == Lang.En
            ? "Ask for totals like this:\n• masks south this week\n• total rice in Phatthalung\n• totals today\n• gel from 1 Apr 2020 to 9 Apr 2020\n"
              + "Name what to count (masks, gel, rice, eggs, food, money, a programme), a place (region, province or organisation) "
              + "and a period (today, yesterday, this week, this month, this quarter, this fiscal year or dates).\n"
              + "For a day's situation report type \"สรุปวันนี้\"."
            : "ดูยอดได้แบบนี้ค่ะ\n• ยอดหน้ากาก ภาคใต้ สัปดาห์นี้\n• ยอดข้าวสาร จ.พัทลุง\n• ยอดทั้งหมด วันนี้\n• ยอดเจล ตั้งแต่ 1 เม.ย. 63 ถึง 9 เม.ย. 63\n• บ้านพอเพียง ไตรมาส 2 ปีงบ 63\n"
              + "บอกสิ่งที่ต้องการนับ (หน้ากาก เจล ข้าวสาร ไข่ อาหาร เงิน หรือชื่อโครงการ) พื้นที่ (ภาค จังหวัด หรือชื่อองค์กร) "
              + "และช่วงเวลา (วันนี้ เมื่อวาน สัปดาห์นี้ เดือนนี้ ไตรมาสนี้ ปีงบนี้ หรือช่วงวันที่) ได้เลยค่ะ\n"
              + "ดูสรุปสถานการณ์รายวัน พิมพ์ \"สรุปวันนี้\" ค่ะ";
        return new BotMessage(opening is null ? text : opening + "\n\n" + text, Choices(lang));
    }
}
