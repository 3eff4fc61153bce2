using CodiBot.Conversations;

namespace CodiBot.Dialogs.Engine;

/// <summary>What the engine says around the questions of a form (the questions themselves are in dialogs/*.yaml).</summary>
public static class DialogTexts
{
    public static string Offer(string activity, Lang lang) => lang == Lang.En
        ? $"Shall I make this a report of \"{activity}\"? (If you counted something, type the number.)"
        : $"ต้องการส่งเป็นรายงาน \"{activity}\" ใช่ไหมคะ (ถ้านับจำนวนไว้ พิมพ์ตัวเลขมาได้เลย)";

    public static IReadOnlyList<Choice> OfferChoices(Lang lang) =>
        [new(lang == Lang.En ? "Yes, report it" : "ใช่ รายงานเลย", DialogWords.Yes(lang)), new(lang == Lang.En ? "No" : "ไม่ใช่", DialogWords.No(lang))];

    public static string OfferHelp(Lang lang) => lang == Lang.En
        ? "Tap \"Yes\" to make it a report, or \"No\" if it is not one."
        : "กด \"ใช่\" เพื่อส่งเป็นรายงาน หรือ \"ไม่ใช่\" ถ้าไม่ใช่รายงานค่ะ";

    /// <summary>"No" to an offer: nothing is kept, and the way to a report is one tap or one message away.</summary>
    public static string NotAReport(Lang lang) => lang == Lang.En
        ? "OK, nothing was saved. To report something, just describe it again, or pick a report below."
        : "ได้ค่ะ ไม่ได้บันทึกอะไร ถ้าต้องการรายงาน พิมพ์เล่ามาใหม่ได้เลย หรือเลือกแบบรายงานด้านล่างค่ะ";

    public static string SwitchHelp(Lang lang) => lang == Lang.En
        ? "Tap \"Continue\" to go on with this one, or the other button to start the new one."
        : "กด \"ทำต่อ\" เพื่อทำรายการเดิมต่อ หรือกดปุ่มเริ่มรายการใหม่ค่ะ";

    /// <summary>A count of the wrong kind ("200 ชิ้น" for people reached).</summary>
    public static string WrongUnit(string unit, Lang lang) => lang == Lang.En
        ? $"Please give the number of {Thai.Units.English(unit)}, e.g. 120"
        : $"ขอเป็นจำนวน{unit}ค่ะ เช่น 120 {unit}";
}
