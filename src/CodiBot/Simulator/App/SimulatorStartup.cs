using CodiBot.Line;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CodiBot.Simulator;

/// <summary>
/// Once Kestrel has bound, points the LINE client and the simulator's webhook at the real address
/// (the configured one may have been port 0 or a wildcard), then tells the developer where to look.
/// </summary>
sealed class SimulatorStartup(
    IHostApplicationLifetime lifetime, IServer server, IOptions<LineOptions> line, SimulatorSettings settings, ILogger<SimulatorStartup> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(OnStarted);
        return Task.CompletedTask;
    }

    void OnStarted()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (SimulatorAddress.Pick(addresses) is { } bound)
        {
            settings.BaseUri = bound;
            // The LINE client reads the options at request time, so updating the instance in place is enough.
            line.Value.ApiBaseUrl = settings.LineApiUri;
            line.Value.DataApiBaseUrl = settings.LineApiUri;
        }
        log.LogInformation("LINE simulator: {Url}", SimulatorAddress.ForPeople(settings.BaseUri) + "simulator");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Logs once at start-up why the simulator refused to run.</summary>
sealed class SimulatorRefusal(ILogger<SimulatorRefusal> log, string reason) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.LogWarning("LINE simulator stays off: {Reason}", reason);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
