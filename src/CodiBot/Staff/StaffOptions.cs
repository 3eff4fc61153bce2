namespace CodiBot.Staff;

/// <summary>Settings for staff invitations ("Staff" section).</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>How long an invite code can be redeemed; a week gives the invitee time to add the bot as a friend.</summary>
    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Wrong codes a person may send within <see cref="InviteLockout"/> before codes are refused to them for that long.</summary>
    public int InviteMaxFailures { get; set; } = 5;

    public TimeSpan InviteLockout { get; set; } = TimeSpan.FromMinutes(15);
}
