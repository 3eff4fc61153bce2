using CodiBot.Tests.Dialogs;
using Microsoft.Extensions.Time.Testing;

namespace CodiBot.Tests.Infrastructure;

/// <summary>Bots of their own on a fake clock with one configured admin: for schedules, "today" and roles.</summary>
public static class ClockedBot
{
    /// <summary>A fake clock at <paramref name="at"/> that moves 1 ms each time it is read (and jumps when a test advances it).</summary>
    public static FakeTimeProvider Clock(DateTimeOffset at) => new(at) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public static Task<TestBot> StartAsync(FakeTimeProvider clock, string adminId,
        string? database = null, LineStandIn? line = null, Action<IServiceCollection>? services = null) =>
        TestBot.StartAsync(database, line,
            // LINE call retries wait on the fake clock, which only moves when read: one attempt, so a LINE failure shows at once.
            new Dictionary<string, string?> { ["Bot:AdminUserIds"] = adminId, ["Line:Retry:MaxAttempts"] = "1" },
            s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                services?.Invoke(s);
            });

    /// <summary>A person LINE knows as <paramref name="name"/> whom the admin makes staff with an invite code (the second of the admin's three answers).</summary>
    public static async Task<Chatter> NewStaffAsync(this TestBot bot, string adminId, string name)
    {
        var staff = new Chatter(bot);
        bot.Platform.AddUser(staff.UserId, name);
        var code = (await new Chatter(bot, userId: adminId).SayAllAsync("เชิญเจ้าหน้าที่"))[1].Text();
        Assert.Contains("ตอนนี้คุณเป็นเจ้าหน้าที่ของ CodiBot แล้ว", (await staff.SayAsync(code)).Text());
        return staff;
    }
}
