using CodiBot.Conversations;
using CodiBot.Dialogs;
using Cronos;

namespace CodiBot.Digest;

public static class DigestSetup
{
    /// <summary>The digest's parts: targets, the builder, the "สรุป…" commands and the scheduler.</summary>
    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration config, string dialogsFolder)
    {
        services.AddOptions<DigestOptions>().Bind(config.GetSection(DigestOptions.Section))
            .Validate(o => IsCron(o.Schedule), "Digest:Schedule must be a 5-field cron expression such as \"0 18 * * *\"")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var file = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DigestOptions>>().Value.TargetsFile;
            return ProgrammeTargets.Load(Path.GetFullPath(file, dialogsFolder), sp.GetRequiredService<CategoryNames>());
        });
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<IChatCommands, DigestCommands>();
        services.AddHostedService<DigestScheduler>();
        return services;
    }

    static bool IsCron(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        try { CronExpression.Parse(text); return true; }
        catch (Exception ex) when (ex is CronFormatException or ArgumentException) { return false; }
    }
}
