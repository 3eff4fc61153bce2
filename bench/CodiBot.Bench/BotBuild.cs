using System.Diagnostics;

namespace CodiBot.Bench;

/// <summary>Finds src/CodiBot/bin/Release/net10.0/CodiBot.dll, building it when missing or when --build is given.</summary>
public static class BotBuild
{
    public static async Task<string?> FindOrBuildAsync(BenchOptions o, CancellationToken ct)
    {
        if (o.BotDll is not null)
        {
            var given = Path.GetFullPath(o.BotDll);
            if (File.Exists(given)) return given;
            Console.Error.WriteLine($"error: {given} does not exist");
            return null;
        }
        var root = RepoRoot();
        if (root is null)
        {
            Console.Error.WriteLine("error: cannot find the repository root (CodiBot.sln); run from the repository or pass --bot-dll / --bot-url");
            return null;
        }
        var dll = Path.Combine(root, "src", "CodiBot", "bin", "Release", "net10.0", "CodiBot.dll");
        if (File.Exists(dll) && !o.Build) return dll;

        Console.Error.WriteLine(File.Exists(dll) ? "building the bot (--build)…" : $"{dll} is missing: building the bot (dotnet build src/CodiBot -c Release)…");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "build", Path.Combine("src", "CodiBot"), "-c", "Release", "-nologo", "-v", "q" }) psi.ArgumentList.Add(a);
        using var build = Process.Start(psi)!;
        // Build output goes to stderr so stdout carries only the results.
        build.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  " + e.Data); };
        build.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  " + e.Data); };
        build.BeginOutputReadLine();
        build.BeginErrorReadLine();
        await build.WaitForExitAsync(ct);
        if (build.ExitCode == 0 && File.Exists(dll)) return dll;
        Console.Error.WriteLine($"error: building the bot failed (exit {build.ExitCode})");
        return null;
    }

    static string? RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "CodiBot.sln"))) return d.FullName;
        return null;
    }
}
