using CodiBot.Line;

namespace CodiBot.Simulator;

/// <summary>
/// Which LINE the bot talks to, decided once at start-up. Any Line:* setting, even blank, means a real channel is meant
/// (a deployment whose variable went missing sets it blank), so both credentials must then be there; the simulator runs
/// only with no Line:* setting at all and Simulator:Enabled true (appsettings.Development.json). Anything else stops
/// start-up with what to set: half a channel, or none in production, must not open the simulator to the world.
/// </summary>
public static class SimulatorGate
{
    public const string EnabledKey = "Simulator:Enabled";

    /// <summary>True to run the simulator, false for a complete real channel; throws <see cref="InvalidOperationException"/> otherwise.</summary>
    public static bool UseSimulator(IConfiguration config)
    {
        var line = config.GetSection(LineOptions.Section);
        var allowed = config.GetValue<bool>(EnabledKey);
        if (!line.AsEnumerable().Any(s => s.Value is not null))
            return allowed ? true : throw Refuse("No LINE channel is configured.", allowed: false);
        var problems = new[] { nameof(LineOptions.ChannelSecret), nameof(LineOptions.ChannelAccessToken) }
            .Select(name => line[name] switch
            {
                null => $"{LineOptions.Section}:{name} is missing",
                var v when string.IsNullOrWhiteSpace(v) => $"{LineOptions.Section}:{name} is blank",
                _ => null,
            })
            .OfType<string>().ToList();
        return problems.Count == 0 ? false : throw Refuse($"LINE is only partly configured: {string.Join(", ", problems)}.", allowed);
    }

    static InvalidOperationException Refuse(string problem, bool allowed) => new(
        $"{problem} Set both Line:ChannelSecret and Line:ChannelAccessToken (environment: Line__ChannelSecret, Line__ChannelAccessToken)" +
        (allowed
            ? ", or remove every Line:* setting to use the LINE simulator."
            : ". For the LINE simulator instead, run in Development (dotnet run) or set Simulator:Enabled=true, with no Line:* setting."));
}
