using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Storage;

public static class StorageSetup
{
    public const string DefaultConnection = "Data Source=data/codibot.db";

    public static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString("CodiBot") is { Length: > 0 } c ? c : DefaultConnection;

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration config)
    {
        var connection = ConnectionString(config);
        // Pooled: every event handled opens a context; pooling saves building one each time.
        // A list in a query ("Seq IN ids") goes as one JSON parameter: one cached SQL text for any length, and SQLite
        // does not look up hundreds of named parameters one by one.
        return services.AddDbContextPool<CodiBotDb>(o => o.UseSqlite(connection,
            sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)));
    }

    /// <summary>Creates the data folder, applies migrations and switches SQLite to WAL (readers never block the writer).</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodiBotDb>();
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        var addsTotals = (await db.Database.GetPendingMigrationsAsync()).Any(m => m.EndsWith("_" + Totals.TotalsRebuild.Migration));
        await db.Database.MigrateAsync();
        // Reports stored before running totals existed are counted once, so totals never miss them.
        if (addsTotals && await db.Reports.AnyAsync())
        {
            var counted = await Totals.TotalsRebuild.RunAsync(db, CancellationToken.None);
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageSetup)).LogInformation("Counted {Reports} stored reports into the running totals", counted);
        }
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await scope.ServiceProvider.GetRequiredService<Inbox.InboxLanding>().CreateAsync();
    }
}
