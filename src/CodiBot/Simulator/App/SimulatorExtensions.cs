using System.Security.Cryptography;
using CodiBot.Line;

namespace CodiBot.Simulator;

/// <summary>Wiring for the developer's LINE simulator: on only without real LINE credentials.</summary>
public static class SimulatorExtensions
{
    /// <summary>
    /// Call before anything binds <see cref="LineOptions"/>. Decides with <see cref="SimulatorGate"/> (which refuses
    /// half-set credentials); when on, writes a per-process channel secret, a dummy token and the simulator's API URLs
    /// into configuration. Returns whether the simulator is on.
    /// </summary>
    public static bool AddSimulator(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (!SimulatorGate.UseSimulator(config))
        {
            if (config.GetValue<bool>(SimulatorGate.EnabledKey))
                builder.Services.AddHostedService(sp => new SimulatorRefusal(
                    sp.GetRequiredService<ILogger<SimulatorRefusal>>(), "a LINE channel is configured (Line:ChannelSecret, Line:ChannelAccessToken)"));
            return false;
        }

        var settings = new SimulatorSettings(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            "simulator-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            SimulatorAddress.FromSetting(config["urls"]));
        config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Line:ChannelSecret"] = settings.ChannelSecret,
            ["Line:ChannelAccessToken"] = settings.AccessToken,
            ["Line:ApiBaseUrl"] = settings.LineApiUri.ToString(),
            ["Line:DataApiBaseUrl"] = settings.LineApiUri.ToString(),
        });
        // So an operator can try staff commands at once: the cast's ศปก. officer is the admin unless admins are configured.
        var admins = config.GetSection("Bot:AdminUserIds");
        if (string.IsNullOrEmpty(admins.Value) && !admins.GetChildren().Any())
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:AdminUserIds"] = SimulatorCast.Staff.Id });

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(sp =>
        {
            var platform = new LinePlatform(settings.AccessToken, sp.GetService<TimeProvider>() ?? TimeProvider.System);
            SimulatorCast.Seed(platform);
            return platform;
        });
        builder.Services.AddSingleton<SimulatorChats>();
        builder.Services.AddSingleton<SimulatorActions>();
        builder.Services.AddHostedService<SimulatorStartup>();
        return true;
    }

    /// <summary>Maps the page, its API and the stand-in LINE API. Does nothing when the simulator is off.</summary>
    public static void MapSimulator(this WebApplication app)
    {
        if (app.Services.GetService<LinePlatform>() is not { } platform) return;
        app.Services.GetRequiredService<SimulatorChats>(); // subscribe to the platform before the bot sends anything
        platform.Map(app, SimulatorSettings.LinePrefix);
        SimulatorApi.Map(app);
        SimulatorPage.Map(app);
    }
}
