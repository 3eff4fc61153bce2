using CodiBot.Inbox;
using CodiBot.Outbox;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Health;

/// <summary>GET /healthz: is the database reachable, how much work is waiting, what was parked.</summary>
public static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder routes) => routes.MapGet("/healthz", async (CodiBotDb db, InboxLanding landing, CancellationToken ct) =>
    {
        try
        {
            // Acknowledged and waiting: still in the landing file, or moved in and not yet settled.
            var pending = await landing.CountWaitingAsync(ct) + await db.InboxEvents.CountAsync(e => e.Status == InboxStatus.Pending, ct);
            var parked = await db.InboxEvents.Where(e => e.Status == InboxStatus.Parked)
                .OrderByDescending(e => e.Seq).Take(10)
                .Select(e => new { e.WebhookEventId, e.Type, e.Attempts, e.LastError }).ToListAsync(ct);
            var parkedCount = parked.Count < 10 ? parked.Count : await db.InboxEvents.CountAsync(e => e.Status == InboxStatus.Parked, ct);
            var outboxPending = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, ct);
            var outboxFailed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, ct);
            return Results.Ok(new
            {
                status = parkedCount == 0 && outboxFailed == 0 ? "ok" : "degraded",
                database = "ok",
                inbox = new { pending, parked = parkedCount },
                outbox = new { pending = outboxPending, failed = outboxFailed },
                parkedEvents = parked,
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Json(new { status = "unhealthy", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    });
}
