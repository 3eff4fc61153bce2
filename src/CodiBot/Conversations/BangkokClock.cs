namespace CodiBot.Conversations;

/// <summary>"Today" for reports and digests is a Bangkok day (Bot:TimeZone), whatever the server's zone.</summary>
public sealed class BangkokClock(TimeProvider clock, IConfiguration config)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(config["Bot:TimeZone"] ?? "Asia/Bangkok");

    public DateOnly Today => DayOf(clock.GetUtcNow());

    /// <summary>The Bangkok day of an instant.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>The Bangkok day of a stored time (Unix ms), for "since 27 มี.ค. 2563".</summary>
    public DateOnly DayOf(long unixMs) => DayOf(DateTimeOffset.FromUnixTimeMilliseconds(unixMs));
}
