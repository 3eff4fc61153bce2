using CodiBot.Conversations;
using Cronos;
using Microsoft.Extensions.Options;

namespace CodiBot.Digest;

/// <summary>
/// Sends the daily digest at each occurrence of Digest:Schedule (cron, in Bot:TimeZone) for that Bangkok day.
/// On start-up, the latest occurrence already past is sent if its day was never started (the service was down
/// then), marked late; older missed days are not sent. All waiting goes through the injected TimeProvider.
/// </summary>
public sealed class DigestScheduler(
    DigestSender sender, TimeProvider clock, BangkokClock bangkok, IOptions<DigestOptions> options, ILogger<DigestScheduler> log) : BackgroundService
{
    const int Attempts = 5;
    static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        var cron = CronExpression.Parse(o.Schedule);
        var zone = bangkok.Zone;
        try
        {
            await RunDueAsync(cron, zone, startUp: true, ct);
            while (!ct.IsCancellationRequested)
            {
                if (cron.GetNextOccurrence(clock.GetUtcNow(), zone) is not { } next) return;
                await UntilAsync(next, ct);
                await RunDueAsync(cron, zone, startUp: false, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    /// <summary>Sends the latest occurrence that is due, unless its day is already done.</summary>
    async Task RunDueAsync(CronExpression cron, TimeZoneInfo zone, bool startUp, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (LatestDue(cron, zone, now) is not { } due) return;
        var late = startUp || now - due > options.Value.LateAfter;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, zone).DateTime);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sender.SendAsync(day, due, late, ct);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                log.LogError(ex, "Preparing the digest of {Day} failed (attempt {Attempt} of {Attempts})", day, attempt, Attempts);
                if (attempt >= Attempts) return;
                await Task.Delay(options.Value.RetryDelay, clock, ct);
            }
        }
    }

    /// <summary>The last occurrence at or before <paramref name="now"/>, looking back at most a month.</summary>
    public static DateTimeOffset? LatestDue(CronExpression cron, TimeZoneInfo zone, DateTimeOffset now)
    {
        foreach (var back in (int[])[1, 8, 32])
            if (cron.GetOccurrences(now.AddDays(-back), now, zone, fromInclusive: true, toInclusive: true).LastOrDefault() is var last && last != default)
                return last;
        return null;
    }

    /// <summary>Waits in steps of at most an hour, so a changed clock is noticed and timers stay in range.</summary>
    async Task UntilAsync(DateTimeOffset when, CancellationToken ct)
    {
        while (when - clock.GetUtcNow() is var left && left > TimeSpan.Zero)
            await Task.Delay(left < LongestWait ? left : LongestWait, clock, ct);
    }
}
