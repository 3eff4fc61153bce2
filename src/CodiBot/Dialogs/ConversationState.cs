namespace CodiBot.Dialogs;

/// <summary>The open dialog of one conversation (a user, or a user within a group), stored whole as JSON.</summary>
public sealed class ConversationState
{
    public required string ConversationKey { get; set; }
    public string? UserId { get; set; }
    public required string DialogId { get; set; }
    public required string StateJson { get; set; }
    public long UpdatedAt { get; set; }
}
