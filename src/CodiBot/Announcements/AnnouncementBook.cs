using CodiBot.Digest;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Announcements;

/// <summary>The staff announcements of a Bangkok day, as the digest and the "ประกาศวันนี้" list show them.</summary>
public static class AnnouncementBook
{
    public const int MaxLength = 1_000;

    /// <summary>The day's announcements not removed, oldest first: the numbers staff use to remove one ("ลบประกาศ 2").</summary>
    public static Task<List<Announcement>> OfDayAsync(CodiBotDb db, DateOnly day, CancellationToken ct)
    {
        var iso = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return db.Announcements.AsNoTracking().Where(a => a.Day == iso && a.RemovedAt == null)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(ct);
    }
}
