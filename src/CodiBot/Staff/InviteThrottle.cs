using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Staff;

/// <summary>
/// Against guessing codes in chat: after <see cref="StaffOptions.InviteMaxFailures"/> wrong codes within
/// <see cref="StaffOptions.InviteLockout"/>, every code a person sends, valid or not, is refused for that long.
/// The count lives in the database (invite_failures), so a restart resets nothing.
/// </summary>
static class InviteThrottle
{
    /// <summary>Until when codes are refused to the person (Unix ms), or null when they may send one.</summary>
    public static async Task<long?> LockedUntilAsync(CodiBotDb db, string userId, long now, CancellationToken ct) =>
        await db.InviteFailures.AsNoTracking().Where(f => f.UserId == userId).Select(f => f.LockedUntil).FirstOrDefaultAsync(ct) is { } until && until > now
            ? until : null;

    /// <summary>Counts a wrong code when the turn commits; the one that reaches the limit starts the lockout.</summary>
    public static StoreChange Failed(string userId, long now, StaffOptions options) => new("invite failure", async (db, ct) =>
    {
        var window = (long)options.InviteLockout.TotalMilliseconds;
        var row = await db.InviteFailures.FindAsync([userId], ct);
        if (row is null) db.InviteFailures.Add(row = new InviteFailures { UserId = userId, Since = now });
        else if (now - row.Since >= window) (row.Count, row.Since) = (0, now);
        if (++row.Count < options.InviteMaxFailures) return;
        row.LockedUntil = now + window;
        (row.Count, row.Since) = (0, now);
    });

    /// <summary>A redeemed code clears the person's record.</summary>
    public static async Task ClearAsync(CodiBotDb db, string userId, CancellationToken ct)
    {
        if (await db.InviteFailures.FindAsync([userId], ct) is { } row) db.InviteFailures.Remove(row);
    }
}
