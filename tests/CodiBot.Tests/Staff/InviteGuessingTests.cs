using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Staff;

/// <summary>Guessing invite codes: five wrong codes lock a person out for fifteen minutes, across restarts; groups never tell a code from a guess.</summary>
public sealed class InviteGuessingTests(StaffBot fixture) : IClassFixture<StaffBot>
{
    const string Locked = "ขออภัยค่ะ พิมพ์รหัสเชิญผิดหลายครั้งเกินไป จึงยังรับรหัสไม่ได้ กรุณาลองใหม่หลังเวลา ";
    readonly TestBot _bot = fixture.Bot;

    [Fact]
    public async Task Five_wrong_codes_lock_a_person_out_even_from_a_valid_code_until_the_time_the_bot_names()
    {
        var code = await fixture.InviteCodeAsync();
        var guesser = fixture.Person("นักเดา");
        foreach (var guess in Guesses(5))
            Assert.StartsWith("ไม่พบรหัสเชิญนี้ค่ะ", (await guesser.SayAsync("รหัส " + guess)).Text());

        var refused = (await guesser.SayAsync(code)).Text();
        Assert.Equal(Locked + await LockedUntilAsync(guesser) + " น. นะคะ", refused);
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM staff_members WHERE UserId = '{guesser.UserId}'"));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy IS NULL"));
        // Guessing on while locked out neither gets through nor moves the time.
        Assert.Equal(refused, (await guesser.SayAsync("รหัส " + Guesses(6)[5])).Text());

        // Someone else is not held up by it.
        Assert.StartsWith("ไม่พบรหัสเชิญนี้ค่ะ", (await fixture.Person("คนอื่น").SayAsync("รหัส " + Guesses(1)[0])).Text());

        fixture.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Contains("ตอนนี้คุณเป็นเจ้าหน้าที่ของ CodiBot แล้ว", (await guesser.SayAsync(code)).Text());
    }

    [Fact]
    public async Task Bare_guesses_count_as_much_as_codes_said_to_be_codes()
    {
        var code = await fixture.InviteCodeAsync();
        var guesser = fixture.Person("นักเดาเงียบ");
        foreach (var guess in Guesses(5)) await guesser.SayAsync(guess);
        Assert.StartsWith(Locked, (await guesser.SayAsync(code)).Text());
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy IS NULL"));
    }

    [Fact]
    public async Task Wrong_codes_spread_over_more_than_fifteen_minutes_do_not_lock()
    {
        var code = await fixture.InviteCodeAsync();
        var slow = fixture.Person("ค่อยๆ พิมพ์");
        foreach (var guess in Guesses(4)) await slow.SayAsync("รหัส " + guess);
        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        await slow.SayAsync("รหัส " + Guesses(5)[4]);
        Assert.Contains("ตอนนี้คุณเป็นเจ้าหน้าที่ของ CodiBot แล้ว", (await slow.SayAsync(code)).Text());
    }

    [Fact]
    public async Task The_lockout_survives_a_restart()
    {
        await using var line = await LineStandIn.StartAsync();
        var clock = ClockedBot.Clock(StaffBot.Start);
        var admin = LineIds.Random('U');
        string code, database;
        Chatter guesser;
        await using (var before = await ClockedBot.StartAsync(clock, admin, line: line))
        {
            database = before.DatabasePath;
            code = (await new Chatter(before, userId: admin).SayAllAsync("เชิญเจ้าหน้าที่"))[1].Text();
            guesser = new Chatter(before);
            foreach (var guess in Guesses(5)) await guesser.SayAsync("รหัส " + guess);
        }
        await using var after = await ClockedBot.StartAsync(clock, admin, database, line);
        Assert.StartsWith(Locked, (await guesser.On(after).SayAsync(code)).Text());
        Assert.Equal(1, await after.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy IS NULL"));
    }

    [Fact]
    public async Task In_a_group_a_real_code_and_a_guess_get_the_same_answer()
    {
        var code = await fixture.InviteCodeAsync();
        var group = LineIds.Random('C');
        var member = fixture.Person("สมาชิกกลุ่ม", group);
        var real = await member.SayAllAsync("รหัส " + code);
        var guess = await member.SayAllAsync("รหัส " + Guesses(1)[0]);
        Assert.Equal("กรุณาส่งรหัสเชิญในแชตส่วนตัวกับ CodiBot นะคะ ไม่ใช่ในกลุ่ม", Assert.Single(real).Text());
        Assert.Equal(real.Select(m => m.Text()), guess.Select(m => m.Text()));
        // Bare, the code is one more word in the group's talk, as a guess is.
        Assert.Equal((await member.SayAllAsync(Guesses(1)[0])).Select(m => m.Text()), (await member.SayAllAsync(code)).Select(m => m.Text()));
        Assert.Equal(1, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_codes WHERE Code = '{code}' AND UsedBy IS NULL"));
        Assert.Equal(0, await _bot.ScalarAsync($"SELECT COUNT(*) FROM invite_failures WHERE UserId = '{member.UserId}'"));
    }

    /// <summary>The lockout's end as the bot states it: HH:mm in Bangkok, from the database.</summary>
    async Task<string> LockedUntilAsync(Chatter who)
    {
        var until = await _bot.ScalarAsync($"SELECT LockedUntil FROM invite_failures WHERE UserId = '{who.UserId}'");
        return DateTimeOffset.FromUnixTimeMilliseconds(until).ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm");
    }

    /// <summary>Code-shaped strings no admin issued (a real code is random over 32^6, so these cannot clash in a test).</summary>
    static string[] Guesses(int n) => [.. Enumerable.Range(0, n).Select(i => "ZZZZZ" + "23456789"[i])];
}
