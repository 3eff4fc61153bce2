// Scaffolds an EF Core migration into src/CodiBot/Storage/Migrations without the dotnet-ef tool
// (which the package mirror here does not carry). Usage: dotnet run --project tools/AddMigration -- <Name>
using CodiBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1) { Console.Error.WriteLine("usage: AddMigration <Name>"); return 2; }
var root = FindRepoRoot();
using var db = new CodiBotDb(new DbContextOptionsBuilder<CodiBotDb>().UseSqlite("Data Source=:memory:").Options);
var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
using var provider = services.BuildServiceProvider();
var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(args[0], "CodiBot", "Storage.Migrations", "C#");
var files = scaffolder.Save(Path.Combine(root, "src/CodiBot"), migration, Path.Combine(root, "src/CodiBot/Storage/Migrations"));
Console.WriteLine($"wrote {files.MigrationFile}\n      {files.MetadataFile}\n      {files.SnapshotFile}");
return 0;

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "CodiBot.sln"))) return d.FullName;
    throw new InvalidOperationException("run from inside the repository");
}
