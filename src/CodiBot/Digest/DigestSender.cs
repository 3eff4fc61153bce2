using System.Globalization;
using CodiBot.Conversations;
using CodiBot.Groups;
using CodiBot.Line.Messaging;
using CodiBot.LineAdapter;
using CodiBot.Outbox;
using CodiBot.Staff;
using CodiBot.Storage;
using CodiBot.Thai;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Digest;

/// <summary>
/// Sends one day's scheduled digest: checks the LINE quota, builds each group's digest, and commits in ONE
/// transaction the day's <see cref="DigestDay"/>, a <see cref="DigestRun"/> per group and its push in the outbox,
/// with a retry key fixed by group and day. The outbox sender delivers; a restart resends the same keys (LINE
/// answers 409), and the day's row means the day is never prepared twice.
/// </summary>
/// <remarks>
/// When the month's quota cannot cover every group, the digest still goes to as many groups as fit, in the order
/// they subscribed, and the admins are told by push which groups were left out (they can type "สรุปวันนี้" there:
/// a reply costs no quota). A quota that cannot be read does not hold the digest back.
/// </remarks>
public sealed class DigestSender(
    IServiceScopeFactory scopes, DigestBuilder builder, LineClient line, Roles roles, WriteGate gate,
    OutboxSignal signal, TimeProvider clock, ILogger<DigestSender> log)
{
    sealed record Plan(List<ChatGroup> Send, List<(ChatGroup Group, int Members)> Skipped, long Left, long Cost);

    /// <summary>False when the day was already prepared (here or by an earlier run).</summary>
    public async Task<bool> SendAsync(DateOnly day, DateTimeOffset dueAt, bool late, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (await db.DigestDays.AsNoTracking().AnyAsync(d => d.Day == iso, ct)) return false;

        var groups = await db.Groups.AsNoTracking().Where(g => g.DigestSubscribed && g.LeftAt == null)
            .OrderBy(g => g.SubscribedAt).ThenBy(g => g.GroupId).ToListAsync(ct);
        var admins = roles.Admins.Order(StringComparer.Ordinal).ToList();
        var plan = groups.Count == 0 ? new Plan([], [], 0, 0) : await PlanAsync(groups, admins.Count, ct);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();

        var rendered = new Dictionary<string, string>();
        var messages = new List<(ChatGroup? Group, OutboxMessage Message)>();
        foreach (var g in plan.Send)
        {
            var regionKey = g.DigestRegion ?? "";
            if (!rendered.TryGetValue(regionKey, out var json))
            {
                var view = await builder.BuildAsync(db, day, Regions.FromId(g.DigestRegion), Lang.Th, late, ct);
                rendered[regionKey] = json = LineMessage.SerializeArray(LineRendering.Render([DigestText.Message(view)]));
            }
            messages.Add((g, Push(g.GroupId, json, DigestKeys.For(g.GroupId, day), now)));
        }
        if (plan.Skipped.Count > 0)
        {
            log.LogWarning("LINE quota short for the digest of {Day}: {Left} messages left this month, {Cost} needed; sending to {Sent} of {Groups} groups",
                iso, plan.Left, plan.Cost, plan.Send.Count, groups.Count);
            var warning = LineMessage.SerializeArray(LineRendering.Render([QuotaWarning(day, plan)]));
            messages.AddRange(admins.Select(a => ((ChatGroup?)null, Push(a, warning, DigestKeys.For(a, day, "quota"), now))));
        }

        using (await gate.EnterAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Another instance on the same database may have got there while we were asking LINE.
            if (await db.DigestDays.AnyAsync(d => d.Day == iso, ct)) return false;
            db.DigestDays.Add(new DigestDay { Day = iso, DueAt = dueAt.ToUnixTimeMilliseconds(), StartedAt = now, Late = late, Groups = plan.Send.Count });
            db.OutboxMessages.AddRange(messages.Select(m => m.Message));
            await db.SaveChangesAsync(ct);
            db.DigestRuns.AddRange(messages.Where(m => m.Group is not null).Select(m => new DigestRun
            {
                GroupId = m.Group!.GroupId, Day = iso, RetryKey = m.Message.RetryKey, OutboxId = m.Message.Id, CreatedAt = now, Late = late,
            }));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        signal.Notify();
        // A day with no group to send to is recorded all the same, without a word.
        if (plan.Send.Count > 0)
            log.LogInformation("Digest of {Day} queued for {Groups} groups{Late}", iso, plan.Send.Count, late ? " (late)" : "");
        return true;
    }

    static OutboxMessage Push(string chatId, string json, Guid key, long now) =>
        new() { RetryKey = key, ChatId = chatId, ReplyToken = null, MessagesJson = json, CreatedAt = now };

    /// <summary>A push to a group costs one message per member; room sizes and vanished groups count as unknown (0).</summary>
    async Task<Plan> PlanAsync(List<ChatGroup> groups, int admins, CancellationToken ct)
    {
        long left;
        try
        {
            var quota = await line.GetQuotaAsync(ct);
            if (!quota.IsLimited || quota.Value is not { } limit) return new Plan(groups, [], long.MaxValue, 0);
            left = limit - await line.GetQuotaConsumptionAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Could not read the LINE quota; sending the digest to every group");
            return new Plan(groups, [], long.MaxValue, 0);
        }
        var sizes = new List<(ChatGroup Group, int Members)>();
        foreach (var g in groups) sizes.Add((g, await MembersAsync(g, ct)));
        var cost = sizes.Sum(s => (long)s.Members);
        if (cost <= left) return new Plan(groups, [], left, cost);

        // Short: keep one message per admin for the warning, then fill in subscription order.
        var budget = left - admins;
        var send = new List<ChatGroup>();
        var skipped = new List<(ChatGroup, int)>();
        foreach (var (g, members) in sizes)
            if (members <= budget) { send.Add(g); budget -= members; }
            else skipped.Add((g, members));
        return new Plan(send, skipped, left, cost);
    }

    async Task<int> MembersAsync(ChatGroup g, CancellationToken ct)
    {
        if (g.Kind != "group") return 0;
        try { return await line.GetGroupMemberCountAsync(g.GroupId, ct) ?? 0; }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Could not read the member count of group {GroupId}", g.GroupId);
            return 0;
        }
    }

    static BotMessage QuotaWarning(DateOnly day, Plan plan)
    {
        var names = string.Join(", ", plan.Skipped.Take(20).Select(s => $"{s.Group.Name ?? s.Group.GroupId} ({DigestWords.Number(s.Members)} คน)"));
        var more = plan.Skipped.Count > 20 ? $" และอีก {plan.Skipped.Count - 20} กลุ่ม" : "";
        return new BotMessage(
            $"⚠️ โควตาข้อความ LINE ไม่พอสำหรับสรุปรายวัน {ThaiDates.Format(day)}\n" +
            $"เดือนนี้เหลือ {DigestWords.Number(Math.Max(0, plan.Left))} ข้อความ แต่ส่งครบทุกกลุ่มต้องใช้ {DigestWords.Number(plan.Cost)} ข้อความ (ส่งเข้ากลุ่มนับ 1 ข้อความต่อสมาชิก 1 คน)\n" +
            $"ส่งแล้ว {plan.Send.Count} กลุ่ม · งดส่ง {plan.Skipped.Count} กลุ่ม: {names}{more}\n" +
            "เพิ่มโควตาได้ที่ LINE Official Account Manager หรือให้สมาชิกพิมพ์ \"สรุปวันนี้\" ในกลุ่มนั้น (ตอบกลับไม่เสียโควตา) ค่ะ");
    }
}
