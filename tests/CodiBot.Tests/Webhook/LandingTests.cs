using System.Net;
using CodiBot.Inbox;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using CodiBot.Testing;

namespace CodiBot.Tests.Webhook;

/// <summary>
/// The webhook commits to the landing file; the worker moves events into <c>inbox_events</c> and the webhook clears them
/// later. Nothing may be handled twice across that hand-over: not a late redelivery, not a crash in between.
/// </summary>
public sealed class LandingTests
{
    [Fact]
    public async Task A_redelivery_after_the_event_was_moved_and_cleared_is_not_handled_again()
    {
        await using var bot = await TestBot.StartAsync();
        var user = LineIds.Random('U');
        var e = bot.Webhooks.Text(user, "ช่วยเหลือ");
        var id = e["webhookEventId"]!.ToString();
        await bot.Webhooks.SendAsync(e);
        await bot.UntilSentAsync(e);

        // The webhook clears moved events in a later commit of its own (a few times a second): keep it committing.
        await HangGuard.UntilAsync(async () =>
        {
            if (await bot.LandingScalarAsync($"SELECT COUNT(*) FROM {InboxLanding.Table} WHERE WebhookEventId = '{id}'") == 0) return true;
            await bot.Webhooks.SendAsync(bot.Webhooks.Text(LineIds.Random('U'), "สวัสดี"));
            return false;
        }, () => "the moved event was never cleared from the landing file");

        var next = bot.Webhooks.Text(user, "สวัสดี");
        next["timestamp"] = (long)e["timestamp"]! + 1;
        Assert.Equal(HttpStatusCode.OK, (await bot.Webhooks.SendAsync(WebhookSender.Redelivery(e))).StatusCode);
        await bot.Webhooks.SendAsync(next);
        // Landed after the redelivery, in the same conversation: once it is answered, the redelivery has been dealt with.
        await bot.UntilSentAsync(next);

        Assert.Equal(1, await bot.ScalarAsync($"SELECT COUNT(*) FROM inbox_events WHERE WebhookEventId = '{id}'"));
        Assert.Equal(1, await bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{id}'"));
    }

    [Fact]
    public async Task Events_moved_in_before_a_crash_but_not_cleared_are_not_handled_twice()
    {
        await using var line = await LineStandIn.StartAsync();
        var (handled, waiting) = (LineIds.Random('U'), LineIds.Random('U'));
        string database;
        string handledId;
        await using (var before = await TestBot.StartAsync(line: line, settings: new Dictionary<string, string?> { ["Inbox:Paused"] = "true" }))
        {
            database = before.DatabasePath;
            var first = before.Webhooks.Text(handled, "ช่วยเหลือ");
            handledId = first["webhookEventId"]!.ToString();
            await before.Webhooks.SendAsync(first, before.Webhooks.Text(waiting, "ช่วยเหลือ"));
        }
        // The state a crash leaves after the move committed (and the event was even handled) but before the webhook cleared it.
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"""
                ATTACH DATABASE $landing AS landing;
                INSERT INTO inbox_events ("WebhookEventId","ConversationKey","Timestamp","Type","Mode","IsRedelivery","Payload","ReceivedAt","Status","Attempts","NextAttemptAt")
                SELECT "WebhookEventId","ConversationKey","Timestamp","Type","Mode","IsRedelivery","Payload","ReceivedAt",1,1,0
                FROM landing.{InboxLanding.Table} WHERE "WebhookEventId" = $id;
                """;
            cmd.Parameters.AddWithValue("$landing", InboxLanding.PathBeside(database));
            cmd.Parameters.AddWithValue("$id", handledId);
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
        }

        await using var after = await TestBot.StartAsync(databasePath: database, line: line);
        // Both were moved in one batch: once the other one is answered, the handled one has been skipped.
        Assert.Single(await after.MessagesAsync(waiting, 1));
        Assert.Empty(line.Platform.Delivered(handled));
        Assert.Equal(1, await after.ScalarAsync($"SELECT COUNT(*) FROM inbox_events WHERE WebhookEventId = '{handledId}'"));
    }
}
