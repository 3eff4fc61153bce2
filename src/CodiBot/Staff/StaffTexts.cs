using CodiBot.Conversations;

namespace CodiBot.Staff;

/// <summary>Refusals shared by the staff, group and announcement commands: each says why, and what to do instead.</summary>
public static class StaffTexts
{
    public static BotMessage AdminOnly(Lang lang) => new(lang == Lang.En
        ? "Sorry, this command is for administrators. 🙏 If you need it, please ask a CodiBot administrator."
        : "ขออภัยค่ะ คำสั่งนี้สำหรับผู้ดูแลระบบค่ะ 🙏 หากจำเป็นต้องใช้ กรุณาติดต่อผู้ดูแลระบบ CodiBot");

    public static BotMessage StaffOnly(Lang lang) => new(lang == Lang.En
        ? "Sorry, this command is for CODI operation-centre staff. 🙏 Staff get access with an invite code from an administrator."
        : "ขออภัยค่ะ คำสั่งนี้สำหรับเจ้าหน้าที่ ศปก. พอช. ค่ะ 🙏 เจ้าหน้าที่ได้รับสิทธิ์ด้วยรหัสเชิญจากผู้ดูแลระบบ");

    /// <summary>Codes refused after too many wrong ones, until <paramref name="time"/> (Bangkok, "10:15").</summary>
    public static BotMessage InviteLocked(string time, Lang lang) => new(lang == Lang.En
        ? $"Sorry, too many wrong invite codes, so codes can't be accepted for now. Please try again after {time} (Thailand time)."
        : $"ขออภัยค่ะ พิมพ์รหัสเชิญผิดหลายครั้งเกินไป จึงยังรับรหัสไม่ได้ กรุณาลองใหม่หลังเวลา {time} น. นะคะ");

    /// <summary>In a group LINE names the sender only if they have consented (added the bot as a friend).</summary>
    public static BotMessage Unknown(Lang lang) => Texts.HiddenInGroup(lang, "พิมพ์คำสั่งอีกครั้ง", "send the command again");

    /// <summary>The refusal for a staff command, or null when the sender may use it.</summary>
    public static BotMessage? RefuseUnlessStaff(CommandTurn t) =>
        t.Turn.UserId is null ? Unknown(t.Lang) : t.Role is Role.Staff or Role.Admin ? null : StaffOnly(t.Lang);

    public static BotMessage? RefuseUnlessAdmin(CommandTurn t) =>
        t.Turn.UserId is null ? Unknown(t.Lang) : t.Role == Role.Admin ? null : AdminOnly(t.Lang);

    /// <summary>The number after a command: ASCII or Thai digits ("ถอนสิทธิ์ ๒").</summary>
    public static int? NumberIn(string text)
    {
        var digits = new string([.. text.Where(c => c is >= '0' and <= '9' or >= '๐' and <= '๙').Select(c => c >= '๐' ? (char)('0' + (c - '๐')) : c)]);
        return digits.Length is > 0 and < 6 && text.Trim().Length == digits.Length ? int.Parse(digits) : null;
    }

    /// <summary>The command word that starts the text; an English word must end there ("revoke 2", not "revoked").</summary>
    public static string? CommandAt(string text, IEnumerable<string> words) => words.FirstOrDefault(w =>
        text.StartsWith(w, StringComparison.Ordinal) && (text.Length == w.Length || !char.IsAsciiLetter(w[^1]) || text[w.Length] == ' '));

    public static string RoleName(Role role, Lang lang) => (role, lang) switch
    {
        (Role.Admin, Lang.En) => "administrator",
        (Role.Staff, Lang.En) => "staff",
        (Role.Leader, Lang.En) => "community leader",
        (_, Lang.En) => "not registered yet",
        (Role.Admin, _) => "ผู้ดูแลระบบ",
        (Role.Staff, _) => "เจ้าหน้าที่",
        (Role.Leader, _) => "ผู้นำชุมชน",
        _ => "ยังไม่ได้ลงทะเบียน",
    };
}
