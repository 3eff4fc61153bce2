using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using CodiBot.Inbox;
using CodiBot.Line;
using CodiBot.Line.Webhook;
using Microsoft.Extensions.Options;

namespace CodiBot.Webhook;

/// <summary>POST /line/webhook: verify, store durably, answer. All real work happens in the inbox worker.</summary>
public static class WebhookApi
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static void MapLineWebhook(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/line/webhook", Receive).DisableAntiforgery();

    static async Task<IResult> Receive(HttpContext http, IOptions<LineOptions> line, InboxWriter inbox, ILoggerFactory logs)
    {
        if (http.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await http.Request.Body.ReadAsync(buffer.AsMemory(length), http.RequestAborted);
                if (read == 0) break;
                length += read;
            }
            if (length > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

            var body = buffer.AsSpan(0, length);
            var secret = line.Value.ChannelSecret;
            // Verify the raw bytes before looking at them at all; say nothing about why it failed.
            if (string.IsNullOrEmpty(secret) || !WebhookSignature.IsValid(body, http.Request.Headers[WebhookSignature.Header], secret))
                return Results.Unauthorized();

            List<EnvelopeEvent> events;
            try { events = WebhookEnvelope.Read(body); }
            catch (JsonException) { return Results.BadRequest(); }

            // An empty events array is LINE's connectivity check.
            if (events.Count > 0)
            {
                try { await inbox.AppendAsync(events, http.RequestAborted); }
                catch (ChannelClosedException) { return Results.StatusCode(StatusCodes.Status503ServiceUnavailable); }
            }
            return Results.Ok();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
