namespace CodiBot.Conversations;

/// <summary>"Today" for reports and digests is a Bangkok day (Bot:TimeZone), whatever the server's zone.</summary>
public sealed class BangkokClock(TimeProvider clock, IConfiguration config)
{
    readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(config["Bot:TimeZone"] ?? "Asia/Bangkok");

    public TimeZoneInfo Zone => zone;
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    public DateOnly DayOf(long unixMs) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), zone).DateTime);
}
