using System.Collections.Frozen;
using System.Reflection;

namespace CodiBot.Simulator;

/// <summary>Serves the page's files from embedded resources, so the simulator works from a bare `dotnet run` with no build step.</summary>
static class SimulatorPage
{
    const string ResourcePrefix = "CodiBot.Simulator.wwwroot.";

    static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/simulator", () => Serve("index.html"));
        routes.MapGet("/simulator/{file}", (string file) => Serve(file));
    }

    static IResult Serve(string file) => Files.TryGetValue(file, out var bytes)
        ? Results.Bytes(bytes, ContentType(file))
        : Results.NotFound();

    static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    static FrozenDictionary<string, byte[]> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[ResourcePrefix.Length..], n =>
            {
                using var s = asm.GetManifestResourceStream(n)!;
                using var m = new MemoryStream();
                s.CopyTo(m);
                return m.ToArray();
            });
    }
}
