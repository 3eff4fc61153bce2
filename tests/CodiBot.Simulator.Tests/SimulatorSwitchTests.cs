using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace CodiBot.Simulator.Tests;

public class SimulatorSwitchTests
{
    [Fact]
    public async Task Stays_off_with_real_credentials_even_when_asked_for()
    {
        await using var host = await SimulatorHost.StartAsync(new()
        {
            ["Line:ChannelSecret"] = "real-secret", ["Line:ChannelAccessToken"] = "real-token", ["Simulator:Enabled"] = "true",
        });
        Assert.False(host.Enabled);
        Assert.Null(host.Services.GetService<LinePlatform>());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/simulator")).StatusCode);
        var line = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CodiBot.Line.LineOptions>>().Value;
        Assert.Equal("real-secret", line.ChannelSecret);
        Assert.Equal(new Uri("https://api.line.me"), line.ApiBaseUrl);
    }

    [Fact]
    public async Task The_casts_staff_officer_is_admin_unless_admins_are_configured()
    {
        await using (var host = await SimulatorHost.StartAsync())
            Assert.Equal(SimulatorCast.Staff.Id, host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Bot:AdminUserIds"]);
        await using (var host = await SimulatorHost.StartAsync(new() { ["Bot:AdminUserIds:0"] = "Uconfigured" }))
        {
            var config = host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
            Assert.Null(config["Bot:AdminUserIds"]);
            Assert.Equal("Uconfigured", config["Bot:AdminUserIds:0"]);
        }
    }

    [Fact]
    public async Task Stays_off_when_disabled_in_configuration_and_then_there_is_no_LINE_at_all()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => SimulatorHost.StartAsync(new() { ["Simulator:Enabled"] = "false" }));
        Assert.StartsWith("No LINE channel is configured.", ex.Message);
    }

    [Theory]
    [InlineData("http://*:5080", "http://127.0.0.1:5080/")]
    [InlineData("https://+:5443;http://0.0.0.0:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData(null, "http://localhost:5080/")]
    public void Listen_addresses_become_callable_ones(string? urls, string expected) =>
        Assert.Equal(new Uri(expected), SimulatorAddress.FromSetting(urls));
}
