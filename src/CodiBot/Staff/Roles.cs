using CodiBot.Conversations;
using CodiBot.People;
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Staff;

/// <summary>Works out a person's role: admin from configuration (Bot:AdminUserIds), staff from an unrevoked grant, leader when registered.</summary>
public sealed class Roles(IConfiguration config)
{
    /// <summary>Bot:AdminUserIds as a list (Bot:AdminUserIds:0 ...) or one comma-separated value.</summary>
    public IReadOnlySet<string> Admins { get; } = ReadAdmins(config);

    public async Task<Role> RoleOfAsync(CodiBotDb db, string? userId, Person? person, CancellationToken ct)
    {
        if (userId is null) return Role.Guest;
        if (Admins.Contains(userId)) return Role.Admin;
        if (TurnLookups.Current?.IsStaff(userId) ?? await IsStaff(db, userId)) return Role.Staff;
        return person is null ? Role.Guest : Role.Leader;
    }

    // Compiled: asked for every message outside a dialog.
    static readonly Func<CodiBotDb, string, Task<bool>> IsStaff = EF.CompileAsyncQuery((CodiBotDb db, string userId) =>
        db.StaffMembers.Any(s => s.UserId == userId && s.RevokedAt == null));

    static HashSet<string> ReadAdmins(IConfiguration config)
    {
        var section = config.GetSection("Bot:AdminUserIds");
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.OfType<string>()
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
    }
}
