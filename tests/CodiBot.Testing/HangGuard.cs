namespace CodiBot.Testing;

/// <summary>
/// How long a test waits for something before calling it hung. Tests wait for the real condition (an event settled,
/// the outbox sent, a message delivered); this is no expectation of speed, only the end of a wait that would otherwise
/// never end. On a busy machine the bot may be slow for minutes and still right, so the guard is generous.
/// </summary>
public static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Polls <paramref name="done"/> until it holds; past <see cref="Limit"/> fails with <paramref name="what"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> done, Func<string> what)
    {
        var giveUp = DateTime.UtcNow + Limit;
        while (!await done())
        {
            if (DateTime.UtcNow > giveUp) throw new TimeoutException($"still waiting after {Limit.TotalMinutes:0} min: {what()}");
            await Task.Delay(20);
        }
    }

    public static Task UntilAsync(Func<bool> done, Func<string> what) => UntilAsync(() => Task.FromResult(done()), what);
}
