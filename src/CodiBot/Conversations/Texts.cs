using CodiBot.Thai;

namespace CodiBot.Conversations;

/// <summary>What the bot says outside any dialog. Thai first; English when the person writes English.</summary>
public static class Texts
{
    public const int EchoLength = 60;

    /// <summary>What the person typed, quoted back in an answer: at most <see cref="EchoLength"/> characters, so an
    /// answer to a hostile 5,000-character message stays short.</summary>
    public static string Echo(string typed) => Graphemes.Clip(typed, EchoLength);

    public static IReadOnlyList<Choice> MainMenu(Lang lang) => lang == Lang.En
        ? [new("Register", "register"), new("COVID report", "covid report"), new("Project update", "project update"), new("Totals", "totals"), new("Help", "help")]
        : [new("ลงทะเบียน", "ลงทะเบียน"), new("รายงานโควิด", "รายงานโควิด"), new("รายงานโครงการ", "รายงานโครงการ"), new("ดูยอดรวม", "ดูยอดรวม"), new("ช่วยเหลือ", "ช่วยเหลือ")];

    public static BotMessage Welcome(Lang lang) => new(lang == Lang.En
        ? "Hello and welcome to CodiBot 🙏\nCODI's assistant for community reports.\n\nReport COVID-19 response work and project progress, with photos, right here in this chat.\nPick an option below, or type \"help\" at any time."
        : "สวัสดีค่ะ ยินดีต้อนรับสู่ CodiBot 🙏\nผู้ช่วยรายงานงานชุมชนของ พอช.\n\nส่งรายงานกิจกรรมโควิด-19 และความคืบหน้าโครงการ พร้อมรูปถ่าย ได้ในแชตนี้เลย\nเลือกเมนูด้านล่าง หรือพิมพ์ \"ช่วยเหลือ\" ได้ตลอดเวลาค่ะ", MainMenu(lang));

    /// <param name="registered">A registered person is shown how to add an organisation instead of how to register.</param>
    public static BotMessage Help(Lang lang, bool registered = false) => new(lang == Lang.En
        ? "What CodiBot can do\n" + (registered ? "• Add organisation: another organisation you report for" : "• Register: your name and organisation (once)") + "\n• Report: e.g. \"made 2,000 cloth masks\", with photos\n• Totals, e.g.\n  \"masks south this week\"\n  \"total rice in Phatthalung\"\n  \"totals today\"\n  \"gel from 1 Apr 2020 to 9 Apr 2020\"\n• Daily situation report: \"สรุปวันนี้\"\n• Cancel: stop what you are doing\n• Operation-centre staff: \"staff commands\"\nTap a button below to start."
        : "CodiBot ทำอะไรได้บ้าง\n" + (registered ? "• เพิ่มองค์กร: องค์กรอื่นที่คุณรายงานให้" : "• ลงทะเบียน: บอกชื่อและองค์กรของคุณ (ครั้งเดียว)") + "\n• รายงาน: เช่น \"แจกหน้ากากผ้า 2,000 ชิ้น\" พร้อมรูป\n• ดูยอด: เช่น\n  \"ยอดหน้ากาก ภาคใต้ สัปดาห์นี้\"\n  \"ยอดข้าวสาร จ.พัทลุง\"\n  \"ยอดทั้งหมด วันนี้\"\n  \"บ้านพอเพียง ไตรมาส 2 ปีงบ 63\"\n• สรุปสถานการณ์รายวัน: พิมพ์ \"สรุปวันนี้\" หรือ \"สรุปเมื่อวาน\"\n• ยกเลิก: หยุดสิ่งที่ทำอยู่\n• เจ้าหน้าที่ ศปก.: พิมพ์ \"คำสั่งเจ้าหน้าที่\"\nแตะปุ่มด้านล่างเพื่อเริ่มได้เลยค่ะ", MainMenu(lang));

    public static BotMessage Greeting(Lang lang) => new(lang == Lang.En
        ? "Hello! 😊 What would you like to do?"
        : "สวัสดีค่ะ 😊 วันนี้ต้องการทำอะไรคะ", MainMenu(lang));

    public static BotMessage Thanks(Lang lang) => new(lang == Lang.En
        ? "You're welcome! 🙏" : "ยินดีค่ะ 🙏 ขอบคุณที่ช่วยกันดูแลชุมชนนะคะ");

    public static BotMessage NotUnderstood(Lang lang) => new(lang == Lang.En
        ? "Sorry, I didn't understand that 🙏\nPick an option below, or type \"help\" to see what I can do."
        : "ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้ 🙏\nลองเลือกจากปุ่มด้านล่าง หรือพิมพ์ \"ช่วยเหลือ\" เพื่อดูสิ่งที่ทำได้ค่ะ", MainMenu(lang));

    /// <summary>In a group LINE names the sender only once they have added the bot as a friend; <paramref name="thenTh"/> says what to do then.</summary>
    public static BotMessage HiddenInGroup(Lang lang, string thenTh, string thenEn) => new(lang == Lang.En
        ? $"I can't see who you are in this group (LINE hides it until you add me as a friend). Please add CodiBot as a friend, then {thenEn}."
        : $"ในกลุ่มนี้ CodiBot มองไม่เห็นว่าคุณคือใคร (LINE ซ่อนไว้จนกว่าจะเพิ่ม CodiBot เป็นเพื่อน) กรุณาเพิ่ม CodiBot เป็นเพื่อน แล้ว{thenTh}นะคะ");

    public static BotMessage PhotoOutsideReport(Lang lang) => new(lang == Lang.En
        ? "Photo received 📷\nTo attach photos to a report, choose \"COVID report\" or \"Project update\" first and send them at the photo step."
        : "ได้รับรูปแล้วค่ะ 📷\nหากต้องการแนบรูปกับรายงาน เลือก \"รายงานโควิด\" หรือ \"รายงานโครงการ\" ก่อน แล้วส่งรูปในขั้นตอนแนบรูปนะคะ", MainMenu(lang));

    public static BotMessage LocationOutsideReport(Lang lang) => new(lang == Lang.En
        ? "Location received 📍 You can attach a location when you make a report."
        : "ได้รับตำแหน่งแล้วค่ะ 📍 แนบตำแหน่งกับรายงานได้ในขั้นตอนระบุสถานที่ เมื่อเริ่มรายงานค่ะ", MainMenu(lang));

    public static BotMessage Sticker(Lang lang) => new(lang == Lang.En
        ? "Thanks for the sticker 😊 What would you like to do next?"
        : "ขอบคุณสำหรับสติกเกอร์ค่ะ 😊 ต้องการทำอะไรต่อ เลือกได้จากปุ่มด้านล่างเลยค่ะ", MainMenu(lang));

    public static BotMessage MediaNotSupported(Lang lang) => new(lang == Lang.En
        ? "CodiBot takes reports as text and photos for now. Please send photos, or type what you did."
        : "ตอนนี้ CodiBot รับรายงานเป็นข้อความและรูปถ่ายค่ะ กรุณาส่งเป็นรูป หรือพิมพ์เล่าสิ่งที่ทำได้เลยค่ะ", MainMenu(lang));

    public static BotMessage GroupGreeting(Lang lang) => new(lang == Lang.En
        ? "Hello everyone 🙏 I'm CodiBot, CODI's assistant for community reports.\nIn this group I answer only when called: mention me (@CodiBot) or type \"help\"."
        : "สวัสดีทุกคนค่ะ 🙏 CodiBot ผู้ช่วยรายงานงานชุมชนของ พอช. มาแล้วค่ะ\nในกลุ่มนี้ CodiBot จะตอบเมื่อถูกเรียกเท่านั้น เช่น แท็ก @CodiBot หรือพิมพ์ \"ช่วยเหลือ\"");

    /// <summary>An admin's or staff member's first contact: their commands, not a leader's consent question.</summary>
    public static BotMessage StaffWelcome(Lang lang) => new(lang == Lang.En
        ? "You are CODI operation-centre staff in CodiBot: ask for totals (\"masks south this week\"), the daily summary (\"สรุปวันนี้\"), or type \"staff commands\" for everything you can do."
        : "คุณเป็นเจ้าหน้าที่ ศปก. ใน CodiBot ค่ะ ดูยอดได้เลย เช่น \"ยอดหน้ากาก ภาคใต้ สัปดาห์นี้\" สรุปสถานการณ์ \"สรุปวันนี้\" หรือพิมพ์ \"คำสั่งเจ้าหน้าที่\" เพื่อดูคำสั่งทั้งหมด",
        lang == Lang.En
            ? [new("Staff commands", "staff commands"), new("Totals", "totals"), new("Today's summary", "สรุปวันนี้"), new("Help", "help")]
            : [new("คำสั่งเจ้าหน้าที่", "คำสั่งเจ้าหน้าที่"), new("ดูยอดรวม", "ดูยอดรวม"), new("สรุปวันนี้", "สรุปวันนี้"), new("ช่วยเหลือ", "ช่วยเหลือ")]);

    /// <summary>Staff who start a report without an organisation: reports are sent for one, so registering is theirs to choose.</summary>
    public static BotMessage StaffReportNeedsOrganisation(Lang lang) => new(lang == Lang.En
        ? "Reports are sent for a community organisation. To report yourself, register the organisation first (\"register\"); totals and summaries work without it."
        : "รายงานต้องส่งในนามองค์กรชุมชนค่ะ หากต้องการรายงานเอง ลงทะเบียนองค์กรก่อน (พิมพ์ \"ลงทะเบียน\") ส่วนดูยอดและสรุปใช้ได้เลยโดยไม่ต้องลงทะเบียน",
        lang == Lang.En ? [new("Register", "register"), new("Staff commands", "staff commands")] : [new("ลงทะเบียน", "ลงทะเบียน"), new("คำสั่งเจ้าหน้าที่", "คำสั่งเจ้าหน้าที่")]);

    /// <summary>Said in a group when a dialog that asks personal data moves to the person's 1:1 chat.</summary>
    public static BotMessage ContinuedInPrivateChat(Lang lang) => new(lang == Lang.En
        ? "Let's continue in our 1:1 chat, so your personal details stay out of the group. I've sent you a message there. 🙏"
        : "ขอคุยต่อในแชตส่วนตัวกับ CodiBot นะคะ ข้อมูลส่วนตัวจะได้ไม่อยู่ในกลุ่ม ส่งข้อความไปให้ในแชตส่วนตัวแล้วค่ะ 🙏");

    /// <summary>Said in a group when the person has not added the bot as a friend, so LINE would not deliver a 1:1 message.</summary>
    public static BotMessage AddFriendFirst(Lang lang) => new(lang == Lang.En
        ? "Registration happens in a 1:1 chat with CodiBot, so your details stay out of the group. Please add CodiBot as a friend first: tap CodiBot's name or picture in this group, then \"Add friend\". Then type \"register\" in the chat with CodiBot."
        : "การลงทะเบียนทำในแชตส่วนตัวกับ CodiBot ค่ะ ข้อมูลส่วนตัวจะได้ไม่อยู่ในกลุ่ม กรุณาเพิ่ม CodiBot เป็นเพื่อนก่อน: แตะที่ชื่อหรือรูปของ CodiBot ในกลุ่มนี้ แล้วกด \"เพิ่มเพื่อน\" จากนั้นพิมพ์ \"ลงทะเบียน\" ในแชตกับ CodiBot นะคะ");

    /// <summary>A registered person is never offered registration again (adding an organisation stays under "ข้อมูลของฉัน").</summary>
    public static IReadOnlyList<BotMessage> ForRegistered(IReadOnlyList<BotMessage> messages) =>
        messages.Select(m => m.Choices is { } choices && choices.Any(IsRegister) ? m with { Choices = choices.Where(c => !IsRegister(c)).ToList() } : m).ToList();

    static bool IsRegister(Choice c) => c.Text is "ลงทะเบียน" or "register";
}
