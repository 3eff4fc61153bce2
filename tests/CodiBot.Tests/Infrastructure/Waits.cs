using System.Text.Json.Nodes;
using CodiBot.Simulator;

namespace CodiBot.Tests.Infrastructure;

public static class Waits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Waits until the stored event has been settled (done or parked) by the worker.</summary>
    public static async Task<long> UntilSettledAsync(this TestBot bot, JsonObject e)
    {
        var id = e["webhookEventId"]!.ToString();
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var status = await bot.ScalarAsync($"SELECT COALESCE((SELECT Status FROM inbox_events WHERE WebhookEventId = '{id}'), -1)");
            if (status > 0) return status;
            await Task.Delay(20);
        }
        throw new TimeoutException($"event {id} was not processed in time");
    }

    /// <summary>Waits until the outbox holds nothing unsent for the event (its answers reached LINE or failed).</summary>
    public static async Task UntilSentAsync(this TestBot bot, JsonObject e)
    {
        await bot.UntilSettledAsync(e);
        var id = e["webhookEventId"]!.ToString();
        var deadline = DateTime.UtcNow + Timeout;
        while (await bot.ScalarAsync($"SELECT COUNT(*) FROM outbox_messages WHERE SourceEventId = '{id}' AND Status = 0") > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"answers to {id} were not sent in time");
            await Task.Delay(20);
        }
    }

    public static async Task<IReadOnlyList<DeliveredMessage>> MessagesAsync(this TestBot bot, string chatId, int count) =>
        await bot.Platform.WaitForMessagesAsync(chatId, count, Timeout);

    public static string Text(this DeliveredMessage m) => m.Message["text"]?.ToString() ?? "";

    public static IReadOnlyList<string> QuickReplyLabels(this DeliveredMessage m) =>
        m.Message["quickReply"]?["items"]?.AsArray().Select(i => i!["action"]!["label"]!.ToString()).ToList() ?? [];
}
