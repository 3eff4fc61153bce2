using System.Text.Json.Nodes;
using CodiBot.Simulator;
using CodiBot.Testing;

namespace CodiBot.Tests.Infrastructure;

/// <summary>Waits on the bot's own signals (the event's status, its outbox rows, what reached LINE), never on the clock.</summary>
public static class Waits
{
    /// <summary>For a wait that has no condition to poll (e.g. <c>Task.WaitAsync</c>): the <see cref="HangGuard"/>.</summary>
    public static TimeSpan Timeout => HangGuard.Limit;

    /// <summary>Waits until the stored event has been settled (done or parked) by the worker.</summary>
    public static async Task<long> UntilSettledAsync(this TestBot bot, JsonObject e)
    {
        var id = e["webhookEventId"]!.ToString();
        long status = -1;
        await HangGuard.UntilAsync(
            async () => (status = await bot.ScalarAsync($"SELECT COALESCE((SELECT Status FROM inbox_events WHERE WebhookEventId = '{id}'), -1)")) > 0,
            () => $"event {id} not settled (status {status})");
        return status;
    }

    /// <summary>Waits until the outbox holds nothing unsent for the event (its answers reached LINE or failed).</summary>
    public static async Task UntilSentAsync(this TestBot bot, JsonObject e)
    {
        await bot.UntilSettledAsync(e);
        var id = e["webhookEventId"]!.ToString();
        await HangGuard.UntilAsync(
            async () => await bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{id}' AND Status = 0") == 0,
            () => $"answers to {id} not sent");
    }

    public static async Task<IReadOnlyList<DeliveredMessage>> MessagesAsync(this TestBot bot, string chatId, int count) =>
        await bot.Platform.WaitForMessagesAsync(chatId, count, HangGuard.Limit);

    public static string Text(this DeliveredMessage m) => m.Message["text"]?.ToString() ?? "";

    public static IReadOnlyList<string> QuickReplyLabels(this DeliveredMessage m) =>
        m.Message["quickReply"]?["items"]?.AsArray().Select(i => i!["action"]!["label"]!.ToString()).ToList() ?? [];
}
