namespace CodiBot.Staff;

/// <summary>Who may do what. Leaders are registered people; staff are granted by an invite code; admins come from configuration.</summary>
public enum Role { Guest, Leader, Staff, Admin }

/// <summary>An operation-centre staff member (ศปก.), made staff by redeeming an admin's invite code.</summary>
public sealed class StaffMember
{
    public required string UserId { get; set; }
    public string? Name { get; set; }
    public required string InvitedBy { get; set; }
    public required string InviteCode { get; set; }
    public long GrantedAt { get; set; }
    /// <summary>Set when an admin revokes; the row stays as the record of who had access when.</summary>
    public long? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}

/// <summary>A one-time code an admin creates; whoever sends it first becomes staff.</summary>
public sealed class InviteCode
{
    public required string Code { get; set; }
    public required string CreatedBy { get; set; }
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
    public string? UsedBy { get; set; }
    public long? UsedAt { get; set; }
}

/// <summary>A person's recent wrong invite codes, and until when codes are refused to them; kept so a restart does not reset it.</summary>
public sealed class InviteFailures
{
    public required string UserId { get; set; }
    /// <summary>Wrong codes since <see cref="Since"/>.</summary>
    public int Count { get; set; }
    public long Since { get; set; }
    public long? LockedUntil { get; set; }
}
