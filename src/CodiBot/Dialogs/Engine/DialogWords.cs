using CodiBot.Conversations;

namespace CodiBot.Dialogs.Engine;

/// <summary>The words that steer a dialog rather than answer it, as people type them (and as the buttons send them).</summary>
public static class DialogWords
{
    static readonly string[] CancelWords = ["ยกเลิก", "เลิก", "ไม่ทำแล้ว", "ไม่เอาแล้ว", "พอแล้ว", "cancel", "stop", "quit"];
    static readonly string[] BackWords = ["ย้อนกลับ", "ย้อน", "กลับ", "ถอยกลับ", "back", "go back"];
    // "ไม่ได้นับ": an activity done but not counted is still reported; the count is simply left out.
    static readonly string[] SkipWords = ["ข้าม", "ไม่มี", "ไม่ระบุ", "ไม่ทราบ", "ไม่รู้", "ไม่ใส่", "ไม่ได้นับ", "ไม่ได้นับจำนวน", "ไม่ได้จด", "-", "skip", "none", "no", "n/a", "not counted"];
    static readonly string[] DoneWords = ["เสร็จ", "เสร็จแล้ว", "ครบแล้ว", "หมดแล้ว", "พอแค่นี้", "ส่งครบแล้ว", "ต่อไป", "ถัดไป", "done", "next", "finish", "finished"];
    static readonly string[] YesWords = ["ใช่", "ยืนยัน", "ตกลง", "ถูกต้อง", "ยินยอม", "ยอมรับ", "โอเค", "ok", "okay", "ได้", "ส่ง", "ส่งเลย", "yes", "y", "confirm", "agree", "correct"];
    static readonly string[] NoWords = ["ไม่", "ไม่ใช่", "ไม่ยินยอม", "ไม่ยอมรับ", "ไม่ตกลง", "ไม่ได้", "no", "n", "disagree", "decline"];
    static readonly string[] HelpWords = ["ช่วยเหลือ", "วิธีใช้", "help", "?", "ช่วยด้วย", "งง"];
    static readonly string[] KeepWords = ["คงเดิม", "เหมือนเดิม", "ใช้ค่าเดิม", "keep"];
    static readonly string[] EditWords = ["แก้ไข", "แก้", "edit", "change"];
    static readonly string[] ContinueWords = ["ทำต่อ", "ต่อ", "ทำต่อเลย", "continue", "resume"];

    public static bool IsCancel(string t) => CancelWords.Contains(t);
    public static bool IsBack(string t) => BackWords.Contains(t);
    public static bool IsSkip(string t) => SkipWords.Contains(t);
    public static bool IsDone(string t) => DoneWords.Contains(t);
    public static bool IsYes(string t) => YesWords.Contains(t) || t.StartsWith("ใช่") || t.StartsWith("ยืนยัน") || t.StartsWith("ยินยอม");
    public static bool IsNo(string t) => NoWords.Contains(t) || t.StartsWith("ไม่ยินยอม") || t.StartsWith("ไม่ใช่");
    public static bool IsHelp(string t) => HelpWords.Contains(t);
    public static bool IsKeep(string t) => KeepWords.Contains(t);
    public static bool IsEdit(string t) => EditWords.Contains(t);
    public static bool IsContinue(string t) => ContinueWords.Contains(t);

    /// <summary>Any word that steers a dialog or answers yes/no: never a command typed beside the question.</summary>
    public static bool Steers(string t) => IsCancel(t) || IsBack(t) || IsSkip(t) || IsDone(t) || IsYes(t) || IsNo(t) || IsHelp(t) || IsKeep(t) || IsEdit(t) || IsContinue(t);

    // The texts buttons send: one word per language, so typing it works the same as tapping it.
    public static string Cancel(Lang l) => l == Lang.En ? "cancel" : "ยกเลิก";
    public static string Back(Lang l) => l == Lang.En ? "back" : "ย้อนกลับ";
    public static string Skip(Lang l) => l == Lang.En ? "skip" : "ข้าม";
    public static string NotCounted(Lang l) => l == Lang.En ? "not counted" : "ไม่ได้นับ";
    public static string Done(Lang l) => l == Lang.En ? "done" : "เสร็จ";
    public static string Yes(Lang l) => l == Lang.En ? "yes" : "ใช่";
    public static string No(Lang l) => l == Lang.En ? "no" : "ไม่ใช่";
    public static string Confirm(Lang l) => l == Lang.En ? "confirm" : "ยืนยัน";
    public static string Edit(Lang l) => l == Lang.En ? "edit" : "แก้ไข";
    public static string Keep(Lang l) => l == Lang.En ? "keep" : "คงเดิม";
    public static string Continue(Lang l) => l == Lang.En ? "continue" : "ทำต่อ";
}
