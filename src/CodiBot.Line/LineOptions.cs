namespace CodiBot.Line;

/// <summary>The "Line" configuration section. Base URLs are settings so tests and the simulator can stand in for LINE.</summary>
public sealed class LineOptions
{
    public const string Section = "Line";

    public string? ChannelSecret { get; set; }
    public string? ChannelAccessToken { get; set; }
    public Uri ApiBaseUrl { get; set; } = new("https://api.line.me");
    public Uri DataApiBaseUrl { get; set; } = new("https://api-data.line.me");

    /// <summary>True when a real channel is configured: the simulator must then stay off.</summary>
    public bool HasCredentials => !string.IsNullOrWhiteSpace(ChannelSecret) && !string.IsNullOrWhiteSpace(ChannelAccessToken);
}
