using System.Text;
using CodiBot.Conversations;
using CodiBot.Line.Messaging;
using CodiBot.Storage;
using CodiBot.Thai;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CodiBot.Staff;

/// <summary>
/// Who is staff: admins create one-time invite codes, whoever sends one in a 1:1 chat becomes staff, admins list and
/// revoke staff; "คำสั่งเจ้าหน้าที่" tells everyone what each role can do.
/// </summary>
public sealed class StaffCommands(LineClient line, BangkokClock bangkok, IOptions<StaffOptions> options, ILogger<StaffCommands> log) : IChatCommands
{
    static readonly string[] InviteWords = ["เชิญเจ้าหน้าที่", "สร้างรหัสเชิญ", "ขอรหัสเชิญ", "invite staff", "invite code", "new invite code"];
    static readonly string[] ListWords = ["รายชื่อเจ้าหน้าที่", "เจ้าหน้าที่ทั้งหมด", "staff list", "list staff"];
    static readonly string[] RevokeWords = ["ถอนสิทธิ์เจ้าหน้าที่", "ถอนสิทธิเจ้าหน้าที่", "ถอนสิทธิ์", "ถอนสิทธิ", "revoke staff", "revoke"];
    static readonly string[] HelpWords = ["คำสั่งเจ้าหน้าที่", "วิธีใช้เจ้าหน้าที่", "staff help", "staff commands"];

    public async Task<CommandResult?> TryHandleAsync(CommandTurn t, CancellationToken ct)
    {
        if (t.Turn.Kind is not (TurnKind.Text or TurnKind.Choice)) return null;
        var text = t.Text;
        if (HelpWords.Contains(text)) return CommandResult.Say(Help(t.Role, t.Lang));
        if (InviteWords.Contains(text)) return await InviteAsync(t, ct);
        if (ListWords.Contains(text)) return await ListAsync(t, ct);
        if (StaffTexts.CommandAt(text, RevokeWords) is { } revoke)
            return await RevokeAsync(t, text[revoke.Length..].Trim(), ct);
        // A bare code says nothing about the sender's language: answer in Thai unless they wrote "code ...".
        if (InviteCodeText.Read(text) is { } typed)
            return await RedeemAsync(t with { Lang = text.StartsWith("code") || text.StartsWith("invite") ? Lang.En : Lang.Th }, typed.Code, typed.Said, ct);
        return null;
    }

    async Task<CommandResult> InviteAsync(CommandTurn t, CancellationToken ct)
    {
        if (StaffTexts.RefuseUnlessAdmin(t) is { } refusal) return CommandResult.Say(refusal);
        var en = t.Lang == Lang.En;
        // A code shown in a group is seen by everyone there; the first to send it would become staff.
        if (t.InGroup)
            return CommandResult.Say(new(en ? "Please create invite codes in your 1:1 chat with CodiBot, not in a group." : "กรุณาสร้างรหัสเชิญในแชตส่วนตัวกับ CodiBot นะคะ ไม่ใช่ในกลุ่ม"));

        var code = InviteCodeText.New();
        while (await t.Db.InviteCodes.AnyAsync(c => c.Code == code, ct)) code = InviteCodeText.New();
        var expires = t.Ctx.Now + (long)options.Value.InviteLifetime.TotalMilliseconds;
        var until = Date(expires, t.Lang);
        var invite = new InviteCode { Code = code, CreatedBy = t.Turn.UserId!, CreatedAt = t.Ctx.Now, ExpiresAt = expires };
        return new CommandResult(
        [
            new(en
                ? $"Invite code for a new staff member (one use, valid until {until}):"
                : $"รหัสเชิญเจ้าหน้าที่ใหม่ค่ะ (ใช้ได้ครั้งเดียว ถึงวันที่ {until})"),
            // The code alone in its own message, so it can be copied and forwarded as is.
            new(code),
            new(en
                ? "Ask the invitee to add CodiBot as a friend and type this code in their chat with CodiBot."
                : "ให้ผู้ได้รับเชิญเพิ่ม CodiBot เป็นเพื่อน แล้วพิมพ์รหัสนี้ในแชตกับ CodiBot ค่ะ"),
        ], [new StoreChange("invite code", (db, _) => { db.InviteCodes.Add(invite); return Task.CompletedTask; })]);
    }

    async Task<CommandResult?> RedeemAsync(CommandTurn t, string code, bool said, CancellationToken ct)
    {
        var en = t.Lang == Lang.En;
        // Codes are taken only in 1:1 chats, and a group is never told a real code from a guess: it is not even looked up.
        if (t.InGroup)
            return said ? CommandResult.Say(new(en
                ? "Please send the invite code in your 1:1 chat with CodiBot, not in a group."
                : "กรุณาส่งรหัสเชิญในแชตส่วนตัวกับ CodiBot นะคะ ไม่ใช่ในกลุ่ม")) : null;
        var guest = t.Role is not (Role.Admin or Role.Staff) && t.Turn.UserId is not null;
        if (guest && await InviteThrottle.LockedUntilAsync(t.Db, t.Turn.UserId!, t.Ctx.Now, ct) is { } until)
            return CommandResult.Say(StaffTexts.InviteLocked(Time(until), t.Lang));
        StoreChange[] failed = guest ? [InviteThrottle.Failed(t.Turn.UserId!, t.Ctx.Now, options.Value)] : [];

        var invite = await t.Db.InviteCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
        // Six letters could be an ordinary word ("thanks"): only a real code, or one introduced as a code, is ours.
        // Either way it counts as a wrong code, or bare guesses would go unthrottled.
        if (invite is null)
            return said ? CommandResult.Say(new(en
                ? "I couldn't find that invite code. Please check it (codes have no 0, O, 1 or I) and try again."
                : "ไม่พบรหัสเชิญนี้ค่ะ กรุณาตรวจสอบอีกครั้ง (รหัสไม่มีเลข 0, 1 และตัว O, I)"), failed) : CommandResult.PassOn(failed);
        if (t.Role == Role.Admin)
            return CommandResult.Say(new(en ? "You are already an administrator; you don't need an invite code." : "คุณเป็นผู้ดูแลระบบอยู่แล้วค่ะ ไม่ต้องใช้รหัสเชิญ"));
        if (t.Role == Role.Staff)
            return CommandResult.Say(new(en ? "You are already staff. 😊" : "คุณเป็นเจ้าหน้าที่อยู่แล้วค่ะ 😊", [HelpChoice(t.Lang)]));
        if (invite.UsedBy is not null)
            return CommandResult.Say(new(en
                ? "This invite code has already been used (each code works once). Please ask an administrator for a new one."
                : "รหัสเชิญนี้ถูกใช้ไปแล้วค่ะ (ใช้ได้ครั้งเดียว) กรุณาขอรหัสใหม่จากผู้ดูแลระบบนะคะ"), failed);
        if (invite.ExpiresAt <= t.Ctx.Now)
            return CommandResult.Say(new(en
                ? $"This invite code expired on {Date(invite.ExpiresAt, t.Lang)}. Please ask an administrator for a new one."
                : $"รหัสเชิญนี้หมดอายุแล้วค่ะ (ใช้ได้ถึง {Date(invite.ExpiresAt, t.Lang)}) กรุณาขอรหัสใหม่จากผู้ดูแลระบบนะคะ"), failed);

        var userId = t.Turn.UserId!;
        var name = t.Person?.Name ?? await ProfileNameAsync(userId, ct);
        var greeting = name is null ? "" : en ? $", {name}" : $" คุณ{name}";
        return CommandResult.Say(new(en
                ? $"Welcome{greeting}! 🙏 You are now CodiBot staff.\nType \"staff help\" to see what you can do."
                : $"ยินดีต้อนรับค่ะ{greeting} 🙏 ตอนนี้คุณเป็นเจ้าหน้าที่ของ CodiBot แล้ว\nพิมพ์ \"คำสั่งเจ้าหน้าที่\" เพื่อดูสิ่งที่ทำได้ค่ะ", [HelpChoice(t.Lang)]),
            Grant(code, userId, name, t.Ctx.Now));
    }

    /// <summary>Re-checks the code when committing: of two people sending it in one batch, only the first is granted.</summary>
    static StoreChange Grant(string code, string userId, string? name, long now) => new("staff grant", async (db, ct) =>
    {
        var invite = await db.InviteCodes.FindAsync([code], ct);
        if (invite is null || invite.UsedBy is not null) return;
        await InviteThrottle.ClearAsync(db, userId, ct);
        invite.UsedBy = userId;
        invite.UsedAt = now;
        var staff = await db.StaffMembers.FindAsync([userId], ct);
        if (staff is null) db.StaffMembers.Add(new StaffMember { UserId = userId, Name = name, InvitedBy = invite.CreatedBy, InviteCode = code, GrantedAt = now });
        else
        {
            // Re-invited after a revocation: the row now records the current grant.
            staff.Name = name ?? staff.Name;
            staff.InvitedBy = invite.CreatedBy;
            staff.InviteCode = code;
            staff.GrantedAt = now;
            staff.RevokedAt = null;
            staff.RevokedBy = null;
        }
    });

    async Task<CommandResult> ListAsync(CommandTurn t, CancellationToken ct)
    {
        if (StaffTexts.RefuseUnlessAdmin(t) is { } refusal) return CommandResult.Say(refusal);
        var en = t.Lang == Lang.En;
        var staff = await ActiveStaffAsync(t.Db, ct);
        if (staff.Count == 0)
            return CommandResult.Say(new(en ? "There are no staff members yet. Type \"invite staff\" to create an invite code." : "ยังไม่มีเจ้าหน้าที่ค่ะ พิมพ์ \"เชิญเจ้าหน้าที่\" เพื่อสร้างรหัสเชิญ",
                [new(en ? "Invite staff" : "เชิญเจ้าหน้าที่", en ? "invite staff" : "เชิญเจ้าหน้าที่")]));
        var s = new StringBuilder(en ? $"Staff ({staff.Count})" : $"รายชื่อเจ้าหน้าที่ ({staff.Count:N0} คน)");
        // Long lists are cut to stay well within LINE's 5,000-character text limit.
        foreach (var (m, i) in staff.Take(100).Select((m, i) => (m, i)))
            s.Append('\n').Append(i + 1).Append(". ").Append(m.Name ?? (en ? "(name unknown)" : "(ไม่ทราบชื่อ)"))
             .Append(en ? " — since " : " — ตั้งแต่ ").Append(Date(m.GrantedAt, t.Lang));
        if (staff.Count > 100) s.Append(en ? $"\n… and {staff.Count - 100:N0} more" : $"\n… และอีก {staff.Count - 100:N0} คน");
        s.Append(en ? "\n\nTo revoke, type e.g. \"revoke 2\"." : "\n\nถอนสิทธิ์ได้โดยพิมพ์ เช่น \"ถอนสิทธิ์ 2\"");
        return CommandResult.Say(new(s.ToString()));
    }

    async Task<CommandResult> RevokeAsync(CommandTurn t, string arg, CancellationToken ct)
    {
        if (StaffTexts.RefuseUnlessAdmin(t) is { } refusal) return CommandResult.Say(refusal);
        var en = t.Lang == Lang.En;
        var staff = await ActiveStaffAsync(t.Db, ct);
        if (StaffTexts.NumberIn(arg) is not { } n || n < 1 || n > staff.Count)
        {
            var list = await ListAsync(t, ct);
            var why = arg.Length == 0
                ? (en ? "Which staff member? Type the number from the list, e.g. \"revoke 2\"." : "ถอนสิทธิ์คนไหนคะ พิมพ์ลำดับจากรายชื่อ เช่น \"ถอนสิทธิ์ 2\"")
                : (en ? $"There is no staff member number {Texts.Echo(arg)}." : $"ไม่มีเจ้าหน้าที่ลำดับที่ {Texts.Echo(arg)} ค่ะ");
            return new CommandResult([new(why), .. list.Messages]);
        }
        var member = staff[n - 1];
        var name = member.Name ?? (en ? "(name unknown)" : "(ไม่ทราบชื่อ)");
        var (userId, by, now) = (member.UserId, t.Turn.UserId, t.Ctx.Now);
        return CommandResult.Say(new(en
                ? $"Revoked: {n}. {name} is no longer staff and can no longer use staff commands."
                : $"ถอนสิทธิ์เจ้าหน้าที่ของ {n}. {name} แล้วค่ะ ตั้งแต่นี้ใช้คำสั่งเจ้าหน้าที่ไม่ได้อีก"),
            new StoreChange("staff revoke", async (db, c) =>
            {
                if (await db.StaffMembers.FindAsync([userId], c) is { RevokedAt: null } row) { row.RevokedAt = now; row.RevokedBy = by; }
            }));
    }

    /// <summary>Staff in the order they joined, so the numbers of a list stay valid until someone is revoked.</summary>
    static Task<List<StaffMember>> ActiveStaffAsync(CodiBotDb db, CancellationToken ct) =>
        db.StaffMembers.AsNoTracking().Where(s => s.RevokedAt == null).OrderBy(s => s.GrantedAt).ThenBy(s => s.UserId).ToListAsync(ct);

    async Task<string?> ProfileNameAsync(string userId, CancellationToken ct)
    {
        try { return (await line.GetProfileAsync(userId, ct))?.DisplayName; }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogInformation(ex, "No LINE profile for a new staff member's name");
            return null;
        }
    }

    string Date(long unixMs, Lang lang) => ThaiDates.Format(bangkok.DayOf(unixMs), lang == Lang.En);

    /// <summary>A time of day in Bangkok, "10:15".</summary>
    string Time(long unixMs) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), bangkok.Zone).ToString("HH:mm");

    static Choice HelpChoice(Lang lang) => lang == Lang.En ? new("Staff help", "staff help") : new("คำสั่งเจ้าหน้าที่", "คำสั่งเจ้าหน้าที่");

    public static BotMessage Help(Role role, Lang lang) => new(lang == Lang.En
        ? $"""
          What each role can do
          Community leaders (registered):
          • Report, e.g. "made 2,000 cloth masks"; "my reports"
          • Totals of their own organisations, e.g. "masks this week"
          • "summary today", "summary yesterday"
          Staff:
          • Totals anywhere, e.g. "masks south this week", "rice Phatthalung"
          • "summary today", "summary yesterday", "summary 27 Mar 2020"
          • "announce <text>": add an announcement to today's digest; "announcements"; "remove announcement 2"
          • In a group: "subscribe digest [region]", "unsubscribe digest", "group status"
          Administrators:
          • "invite staff": a one-time invite code
          • "staff list", "revoke 2"
          You are: {StaffTexts.RoleName(role, lang)}
          """
        : $"""
          คำสั่งของ CodiBot ตามบทบาท
          ผู้นำชุมชน (ลงทะเบียนแล้ว):
          • ส่งรายงาน เช่น "แจกหน้ากากผ้า 2,000 ชิ้น" และ "รายงานของฉัน"
          • "ยอด…" ขององค์กรตัวเอง เช่น "ยอดหน้ากาก สัปดาห์นี้"
          • "สรุปวันนี้", "สรุปเมื่อวาน"
          เจ้าหน้าที่:
          • "ยอด…" ได้ทุกพื้นที่ เช่น "ยอดหน้ากาก ภาคใต้ สัปดาห์นี้", "ยอดข้าวสาร จ.พัทลุง"
          • "สรุปวันนี้", "สรุปเมื่อวาน", "สรุป 27 มี.ค. 63"
          • "ประกาศ ข้อความ…" เพิ่มประกาศในสรุปรายวันของวันนี้, "ประกาศวันนี้", "ลบประกาศ 2"
          • ในกลุ่ม: "รับสรุปรายวัน [ภาค]" เช่น "รับสรุปรายวัน ภาคใต้", "เลิกรับสรุปรายวัน", "สถานะกลุ่ม"
          ผู้ดูแลระบบ:
          • "เชิญเจ้าหน้าที่" สร้างรหัสเชิญ (ใช้ได้ครั้งเดียว)
          • "รายชื่อเจ้าหน้าที่", "ถอนสิทธิ์ 2"
          บทบาทของคุณ: {StaffTexts.RoleName(role, lang)}
          """);
}
