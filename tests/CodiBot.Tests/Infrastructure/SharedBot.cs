namespace CodiBot.Tests.Infrastructure;

/// <summary>One bot host for all tests that can share it; each test uses its own users and groups.</summary>
public sealed class SharedBot : IAsyncLifetime
{
    public TestBot Bot { get; private set; } = null!;
    public async Task InitializeAsync() => Bot = await TestBot.StartAsync();
    public async Task DisposeAsync()
    {
        var errors = Bot.Line.SpecErrors();
        await Bot.DisposeAsync();
        // Every request the bot sent during the whole run must have matched LINE's spec.
        Assert.Empty(errors);
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBotCollection : ICollectionFixture<SharedBot>
{
    public const string Name = "shared bot";
}
