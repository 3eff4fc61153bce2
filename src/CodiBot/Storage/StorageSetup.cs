using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CodiBot.Storage;

public static class StorageSetup
{
    public const string DefaultConnection = "Data Source=data/codibot.db";

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration config)
    {
        var connection = config.GetConnectionString("CodiBot") is { Length: > 0 } c ? c : DefaultConnection;
        return services.AddDbContext<CodiBotDb>(o => o.UseSqlite(connection));
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
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
