using CodiBot.Digest;
using CodiBot.Line.Messaging;
using CodiBot.Tests.Infrastructure;

namespace CodiBot.Tests.Digest;

/// <summary>The scheduled digest on a fake clock: one per group per Bangkok day, late after downtime, never twice.</summary>
public sealed class DigestSchedulerTests
{
    static readonly DateOnly March26 = new(2020, 3, 26), March27 = new(2020, 3, 27);

    [Fact]
    public async Task Each_subscribed_group_gets_one_digest_per_day_at_18_00_Bangkok_with_its_region()
    {
        await using var host = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 10, 0));
        // Start-up finds yesterday's 18:00 never started: it is recorded (late) though no group is subscribed yet.
        await host.UntilAsync("SELECT COUNT(*) FROM digest_days WHERE Day = '2020-03-25' AND Late = 1 AND Groups = 0", 1);
        var country = await host.SubscribeAsync("ศปก. ส่วนกลาง");
        var south = await host.SubscribeAsync("ศปก. ภาคใต้", region: "south");
        var left = await host.SubscribeAsync("กลุ่มที่บอทออกแล้ว");
        await host.LeaveAsync(left);

        host.MoveTo(DigestHost.At(2020, 3, 26, 17, 59));
        await Task.Delay(300);
        Assert.Equal(0, await host.Bot.ScalarAsync("SELECT COUNT(*) FROM digest_days WHERE Day = '2020-03-26'"));

        host.MoveTo(DigestHost.At(2020, 3, 26, 18, 0, 1));
        var first = Assert.Single(await host.PushedAsync(country, 1));
        Assert.Equal("push", first.How);
        Assert.Equal("flex", first.Message["type"]!.ToString());
        Assert.StartsWith("ศปก.โควิด-19 พอช. สรุป 26 มี.ค. 2563 · ทั้งประเทศ: ", first.AltText());
        Assert.StartsWith("ศปก.โควิด-19 พอช. สรุป 26 มี.ค. 2563 · ภาคใต้: ", Assert.Single(await host.PushedAsync(south, 1)).AltText());
        Assert.DoesNotContain("ส่งล่าช้า", first.AltText());
        await host.UntilAsync("SELECT COUNT(*) FROM digest_days WHERE Day = '2020-03-26' AND Late = 0 AND Groups = 2", 1);

        host.MoveTo(DigestHost.At(2020, 3, 27, 18, 0, 1));
        var second = await host.PushedAsync(country, 2);
        Assert.StartsWith("ศปก.โควิด-19 พอช. สรุป 27 มี.ค. 2563", second[1].AltText());
        await host.PushedAsync(south, 2);
        await host.UntilDigestsSentAsync();

        // Later the same evening nothing more goes out.
        host.MoveTo(DigestHost.At(2020, 3, 27, 23, 0));
        await Task.Delay(300);
        Assert.Equal(2, host.Pushed(country).Count);
        Assert.Equal(2, host.Pushed(south).Count);
        Assert.Empty(host.Pushed(left));
        Assert.Equal(4, await host.Bot.ScalarAsync("SELECT COUNT(*) FROM digest_runs"));
        // Each push carries the key derived from group and day (a retried attempt, on a busy machine, repeats its key).
        Assert.Equal(
            [DigestKeys.For(country, March26).ToString(), DigestKeys.For(country, March27).ToString()],
            host.Pushes(country).Select(r => r.Headers["X-Line-Retry-Key"]).Distinct());
        Assert.Empty(host.Bot.Line.SpecErrors());
    }

    [Fact]
    public async Task After_downtime_start_up_sends_only_the_latest_missed_day_once_marked_late()
    {
        await using var line = await LineStandIn.StartAsync();
        string database;
        string group;
        await using (var before = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 10, 0), line))
        {
            database = before.Bot.DatabasePath;
            await before.UntilAsync("SELECT COUNT(*) FROM digest_days", 1);
            group = await before.SubscribeAsync("ศปก. ส่วนกลาง");
        }

        // Down from 26 Mar 10:00 to 28 Mar 09:00: the digests of 26 and 27 Mar were missed; only 27 Mar is sent.
        await using (var after = await DigestHost.StartAsync(DigestHost.At(2020, 3, 28, 9, 0), line, database))
        {
            var late = Assert.Single(await after.PushedAsync(group, 1));
            Assert.StartsWith("ศปก.โควิด-19 พอช. สรุป 27 มี.ค. 2563 · ทั้งประเทศ (ส่งล่าช้า): ", late.AltText());
            Assert.Contains("(ส่งล่าช้า)", late.Texts());
            await after.UntilDigestsSentAsync();
            Assert.Equal(1, await after.Bot.ScalarAsync("SELECT COUNT(*) FROM digest_days WHERE Day = '2020-03-27' AND Late = 1 AND Groups = 1"));
            Assert.Equal(1, await after.Bot.ScalarAsync($"SELECT Late FROM digest_runs WHERE GroupId = '{group}'"));
        }

        // Another restart the same morning sends nothing again.
        await using (var again = await DigestHost.StartAsync(DigestHost.At(2020, 3, 28, 9, 30), line, database))
        {
            await Task.Delay(500);
            Assert.Single(again.Pushed(group));
            Assert.Equal(0, await again.Bot.ScalarAsync("SELECT COUNT(*) FROM digest_days WHERE Day = '2020-03-26'"));
        }
        Assert.Empty(line.SpecErrors());
    }

    [Fact]
    public async Task A_restart_while_sending_sends_no_duplicate_LINE_answers_409_for_a_push_it_already_took()
    {
        await using var line = await LineStandIn.StartAsync();
        string database, accepted, unsent;
        await using (var setup = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 17, 0), line))
        {
            database = setup.Bot.DatabasePath;
            await setup.UntilAsync("SELECT COUNT(*) FROM digest_days", 1);
            accepted = await setup.SubscribeAsync("กลุ่ม ก");
            unsent = await setup.SubscribeAsync("กลุ่ม ข");
        }
        // The next process commits the day's digests and dies before its outbox sends them.
        await using (var before = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 17, 30), line, database, sending: false))
        {
            before.MoveTo(DigestHost.At(2020, 3, 26, 18, 0, 1));
            await before.UntilAsync("SELECT COUNT(*) FROM digest_runs WHERE Day = '2020-03-26'", 2);
            Assert.Empty(before.Pushed(accepted));
            // One push reached LINE before the crash, unrecorded: sent with the stored key, as the outbox would.
            var json = await before.Bot.ScalarTextAsync($"SELECT o.MessagesJson FROM outbox_messages o JOIN digest_runs r ON r.OutboxId = o.Id WHERE r.GroupId = '{accepted}'");
            await before.Bot.Services.GetRequiredService<LineClient>().PushAsync(accepted, LineMessage.ParseArray(json), DigestKeys.For(accepted, March26), CancellationToken.None);
        }

        await using var after = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 18, 5), line, database);
        await after.UntilDigestsSentAsync();
        Assert.Single(after.Pushed(accepted));
        Assert.Single(after.Pushed(unsent));
        Assert.Equal([200, 409], after.Pushes(accepted).Select(r => r.Status));
        Assert.Equal([200], after.Pushes(unsent).Select(r => r.Status));
        Assert.Equal(1, await after.Bot.ScalarAsync("SELECT COUNT(*) FROM digest_days WHERE Day = '2020-03-26'"));
        Assert.Equal(2, await after.Bot.ScalarAsync("SELECT COUNT(*) FROM outbox_messages WHERE Status = 1 AND Delivery = 'push'"));
        Assert.Empty(line.SpecErrors());
    }

    [Fact]
    public async Task A_quota_shortfall_sends_to_the_groups_that_fit_and_tells_the_admins()
    {
        await using var line = await LineStandIn.StartAsync();
        line.Platform.MonthlyQuota = 100;
        await using var host = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 17, 0), line);
        var admin = host.AdminId;
        await host.UntilAsync("SELECT COUNT(*) FROM digest_days", 1);
        var big = await host.SubscribeAsync("ศปก. ส่วนกลาง", members: 60);
        var skipped = await host.SubscribeAsync("เครือข่ายบ้านมั่นคง", members: 50);
        var small = await host.SubscribeAsync("ศปก. ภาคใต้", region: "south", members: 30);

        host.MoveTo(DigestHost.At(2020, 3, 26, 18, 0, 1));
        var warning = Assert.Single(await host.PushedAsync(admin, 1));
        await host.UntilDigestsSentAsync();

        Assert.Equal("""
            ⚠️ โควตาข้อความ LINE ไม่พอสำหรับสรุปรายวัน 26 มี.ค. 2563
            เดือนนี้เหลือ 100 ข้อความ แต่ส่งครบทุกกลุ่มต้องใช้ 140 ข้อความ (ส่งเข้ากลุ่มนับ 1 ข้อความต่อสมาชิก 1 คน)
            ส่งแล้ว 2 กลุ่ม · งดส่ง 1 กลุ่ม: เครือข่ายบ้านมั่นคง (50 คน)
            เพิ่มโควตาได้ที่ LINE Official Account Manager หรือให้สมาชิกพิมพ์ "สรุปวันนี้" ในกลุ่มนั้น (ตอบกลับไม่เสียโควตา) ค่ะ
            """, warning.Text());
        Assert.Single(host.Pushed(big));
        Assert.Single(host.Pushed(small));
        Assert.Empty(host.Pushed(skipped));
        Assert.Empty(host.Pushes(skipped));
        Assert.Equal(60 + 30 + 1, line.Platform.QuotaUsage);
        Assert.Equal(1, await host.Bot.ScalarAsync("SELECT COUNT(*) FROM digest_days WHERE Day = '2020-03-26' AND Groups = 2"));
        Assert.Equal(2, await host.Bot.ScalarAsync("SELECT COUNT(*) FROM digest_runs WHERE Day = '2020-03-26'"));
        Assert.Empty(line.SpecErrors());
    }

    [Fact]
    public async Task With_quota_to_spare_no_admin_is_bothered()
    {
        await using var line = await LineStandIn.StartAsync();
        line.Platform.MonthlyQuota = 1000;
        await using var host = await DigestHost.StartAsync(DigestHost.At(2020, 3, 26, 17, 0), line);
        var admin = host.AdminId;
        await host.UntilAsync("SELECT COUNT(*) FROM digest_days", 1);
        var group = await host.SubscribeAsync("ศปก. ส่วนกลาง", members: 40);
        host.MoveTo(DigestHost.At(2020, 3, 26, 18, 0, 1));
        Assert.Single(await host.PushedAsync(group, 1));
        await host.UntilDigestsSentAsync();
        Assert.Empty(host.Pushed(admin));
        Assert.Equal(40, line.Platform.QuotaUsage);
    }
}
