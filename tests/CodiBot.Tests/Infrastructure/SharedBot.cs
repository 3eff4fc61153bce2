namespace CodiBot.Tests.Infrastructure;

/// <summary>One bot host for all tests that can share it; each test uses its own users and groups.</summary>
public sealed class SharedBot : IAsyncLifetime
{
    public TestBot Bot { get; private set; } = null!;
    public async Task InitializeAsync() => Bot = await TestBot.StartAsync();
    // Every request the bot sent during the whole run must have matched LINE's spec.
    public Task DisposeAsync() => Bot.DisposeCheckingSpecAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedBotCollection : ICollectionFixture<SharedBot>
{
    public const string Name = "shared bot";
}
