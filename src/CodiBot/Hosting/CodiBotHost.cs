using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Digest;
using CodiBot.Dialogs.Engine;
using CodiBot.People;
using CodiBot.Photos;
using CodiBot.Reports;
using CodiBot.Staff;
using CodiBot.Health;
using CodiBot.Inbox;
using CodiBot.Line;
using CodiBot.Outbox;
using CodiBot.Simulator;
using CodiBot.Storage;
using CodiBot.Webhook;

namespace CodiBot.Hosting;

/// <summary>Builds the whole service; Program, the tests and the benchmark share it so they all run the real thing.</summary>
public static class CodiBotHost
{
    /// <summary>The embedded defaults: the bot runs with no configuration file at all.</summary>
    static readonly Dictionary<string, string?> Defaults = new()
    {
        ["ConnectionStrings:CodiBot"] = StorageSetup.DefaultConnection,
        ["Bot:TimeZone"] = "Asia/Bangkok",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        // HttpClient logs every request URL at Information; LINE URLs carry user ids.
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        // Polly logs every LINE call ("Execution attempt") at Information; retries and failures come at Warning.
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    public const string DefaultUrl = "http://localhost:5080";

    /// <param name="configure">Runs before anything reads configuration (tests add settings here).</param>
    /// <param name="overrideServices">Runs after the service's own registrations (tests replace parts here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = Defaults });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);

        // First: a half-set LINE channel stops start-up here; with no LINE setting the simulator supplies a local secret and LINE endpoints.
        var simulator = builder.AddSimulator();

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(builder.Configuration);
        services.AddLineClient(builder.Configuration);
        services.Configure<InboxOptions>(builder.Configuration.GetSection(InboxOptions.Section));
        services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<WriteGate>();
        services.AddSingleton(sp => new BackgroundLane(BackgroundLane.DefaultThreads,
            sp.GetRequiredService<IConfiguration>().GetValue(BackgroundLane.NicenessSetting, BackgroundLane.DefaultNiceness)));
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddPhotoStore(builder.Configuration);
        services.Configure<DialogOptions>(builder.Configuration.GetSection(DialogOptions.Section));
        // Loaded now, not on first use: a broken form stops start-up with its file and line.
        var dialogsFolder = (builder.Configuration.GetSection(DialogOptions.Section).Get<DialogOptions>() ?? new()).ResolveFolder(builder.Environment.ContentRootPath);
        services.AddSingleton(DialogCatalog.Load(dialogsFolder));
        services.AddSingleton<CategoryNames>();
        services.AddSingleton<DialogEngine>();
        services.AddSingleton<BangkokClock>();
        services.AddSingleton<Registrations>();
        services.AddSingleton<ReportCommands>();
        services.AddSingleton<HeldPhotos>();
        services.Configure<CodiBot.Totals.TotalsOptions>(builder.Configuration.GetSection(CodiBot.Totals.TotalsOptions.Section));
        services.AddSingleton<CodiBot.Totals.TotalsReader>();
        services.AddSingleton<CodiBot.Totals.ITotalsReader>(sp => sp.GetRequiredService<CodiBot.Totals.TotalsReader>());
        services.AddSingleton<Roles>();
        services.Configure<StaffOptions>(builder.Configuration.GetSection(StaffOptions.Section));
        services.AddSingleton<IChatCommands, StaffCommands>();
        services.AddSingleton<IChatCommands, CodiBot.Groups.GroupCommands>();
        services.AddSingleton<IChatCommands, CodiBot.Announcements.AnnouncementCommands>();
        services.AddDigest(builder.Configuration, dialogsFolder);
        services.AddSingleton<IChatCommands, CodiBot.Queries.TotalsCommands>();
        services.AddSingleton<Conversation>();
        services.AddSingleton<Router>();
        services.AddSingleton<IEventHandling, EventHandling>();
        services.AddSingleton(new InboxLanding(StorageSetup.ConnectionString(builder.Configuration)));
        services.AddSingleton<InboxImporter>();
        services.AddSingleton<InboxWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWriter>());
        services.AddHostedService<InboxWorker>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<WalCheckpointer>();

        overrideServices?.Invoke(services);

        var app = builder.Build();
        StorageSetup.MigrateAsync(app.Services).GetAwaiter().GetResult();

        app.MapGet("/", () => Results.Redirect(simulator ? "/simulator" : "/healthz"));
        app.MapLineWebhook();
        app.MapHealth();
        app.MapReportsApi();
        if (simulator) app.MapSimulator();
        return app;
    }
}
