namespace CodiBot.Simulator;

/// <summary>The per-process channel the simulator plays, and where this process listens (fixed up once the server has started).</summary>
public sealed class SimulatorSettings(string channelSecret, string accessToken, Uri baseUri)
{
    public const string LinePrefix = "/simulator/line";
    public const string WebhookPath = "/line/webhook";

    public string ChannelSecret { get; } = channelSecret;
    public string AccessToken { get; } = accessToken;
    public Uri BaseUri { get; set; } = baseUri;
    public Uri WebhookUri => new(BaseUri, WebhookPath);
    /// <summary>Ends in "/" so clients that resolve relative paths ("v2/bot/...") keep the prefix.</summary>
    public Uri LineApiUri => new(BaseUri, LinePrefix + "/");
}
