using CodiBot.Simulator;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CodiBot.Tests.Staff;

/// <summary>A bot of its own with one configured admin and a fake clock at 27 Mar 2020, 10:00 Bangkok (moves 1 ms per reading).</summary>
public sealed class StaffBot : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2020, 3, 27, 10, 0, 0, TimeSpan.FromHours(7));

    public TestBot Bot { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = ClockedBot.Clock(Start);
    public string AdminId { get; } = LineIds.Random('U');

    public async Task InitializeAsync() => Bot = await ClockedBot.StartAsync(Clock, AdminId);

    public Task DisposeAsync() => Bot.DisposeCheckingSpecAsync();

    /// <summary>The bot's Bangkok day now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public Chatter Admin(string? groupId = null) => new(Bot, groupId, AdminId);

    /// <summary>A person LINE knows by <paramref name="name"/> (their profile), not registered.</summary>
    public Chatter Person(string name, string? groupId = null)
    {
        var c = new Chatter(Bot, groupId);
        Bot.Platform.AddUser(c.UserId, name);
        return c;
    }

    /// <summary>The admin asks for an invite code; the code is the second of the three answers.</summary>
    public async Task<string> InviteCodeAsync()
    {
        var answers = await Admin().SayAllAsync("เชิญเจ้าหน้าที่");
        Assert.Equal(3, answers.Count);
        return answers[1].Text();
    }

    public Task<Chatter> NewStaffAsync(string name) => Bot.NewStaffAsync(AdminId, name);
}
