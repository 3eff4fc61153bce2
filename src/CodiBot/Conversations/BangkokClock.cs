namespace CodiBot.Conversations;

/// <summary>"Today" for reports and digests is a Bangkok day (Bot:TimeZone), whatever the server's zone.</summary>
public sealed class BangkokClock(TimeProvider clock, IConfiguration config)
{
    readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(config["Bot:TimeZone"] ?? "Asia/Bangkok");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
}
