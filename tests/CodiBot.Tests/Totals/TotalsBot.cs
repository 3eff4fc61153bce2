using System.Globalization;
using System.Text.RegularExpressions;
using CodiBot.Storage;
using CodiBot.Tests.Dialogs;
using CodiBot.Tests.Infrastructure;
using CodiBot.Totals;
using Microsoft.Extensions.DependencyInjection;

namespace CodiBot.Tests.Totals;

/// <summary>A bot of its own: whole-country totals must not see other tests' reports.</summary>
public sealed class TotalsBot : IAsyncLifetime
{
    public TestBot Bot { get; private set; } = null!;
    public async Task InitializeAsync() => Bot = await TestBot.StartAsync();
    public Task DisposeAsync() => Bot.DisposeCheckingSpecAsync();

    public async Task<TotalsAnswer> ReadAsync(Place place, DateOnly from, DateOnly to, params string[] categories)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        return await Bot.Services.GetRequiredService<ITotalsReader>().ReadAsync(db, new TotalsQuery(categories, place, from, to), CancellationToken.None);
    }

    public async Task<int> ProvincesAsync(Place place, DateOnly from, DateOnly to)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        return await Bot.Services.GetRequiredService<ITotalsReader>().ProvincesAsync(db, place, from, to, CancellationToken.None);
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync()
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        return await Bot.Services.GetRequiredService<ITotalsReader>().CategoriesAsync(db, CancellationToken.None);
    }

    /// <summary>Sends a free-text report, confirms it and returns its code and the day it was stored under.</summary>
    public async Task<(string Code, DateOnly Day)> ReportAsync(Chatter leader, string text)
    {
        await leader.SayAsync(text);
        var saved = await leader.SayAsync("ยืนยัน");
        var code = Regex.Match(saved.Text(), "เลขที่ ([A-Z0-9]{6})").Groups[1].Value;
        Assert.NotEmpty(code);
        return (code, await DayOfAsync(code));
    }

    public async Task<DateOnly> DayOfAsync(string code)
    {
        var yyyymmdd = await Bot.ScalarAsync($"SELECT CAST(REPLACE(Date, '-', '') AS INTEGER) FROM reports WHERE Code = '{code}'");
        return DateOnly.ParseExact(yyyymmdd.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture);
    }

    public Task<long> OrganisationOfAsync(Chatter leader) =>
        Bot.ScalarAsync($"SELECT OrganisationId FROM memberships WHERE UserId = '{leader.UserId}'");
}
