using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CodiBot.Testing;

namespace CodiBot.Tests.Photos;

/// <summary>
/// A real Azurite blob server (npm "azurite") on 127.0.0.1, started once for the Azure tests and stopped after them.
/// <c>tests/run.sh</c> installs it into <c>.tools/</c> and sets <c>AZURITE_BIN</c>. Missing Azurite fails the tests:
/// skipping would let the Azure store go untested without anyone noticing.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's fixed development account (public, documented; not a secret).
    const string AccountName = "devstoreaccount1";
    const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    readonly string _location = Path.Combine(Path.GetTempPath(), "codibot-azurite", Guid.NewGuid().ToString("N"));
    readonly StringBuilder _output = new();
    Process? _process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var bin = FindAzurite();
        Directory.CreateDirectory(_location);
        // A port picked free can be taken before Azurite binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            _process = Start(bin, port);
            if (await ListensAsync(_process, port, HangGuard.Limit)) // or exits: a port taken meanwhile
            {
                ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/{AccountName};";
                return;
            }
            await StopAsync();
            if (attempt == 3) throw new InvalidOperationException($"Azurite ({bin}) did not start listening on 127.0.0.1. Its output:\n{Output}");
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_location, recursive: true); } catch (IOException) { }
    }

    string Output { get { lock (_output) return _output.ToString(); } }

    static string FindAzurite()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_BIN") is { Length: > 0 } configured)
            return File.Exists(configured) ? configured
                : throw new InvalidOperationException($"AZURITE_BIN is set to '{configured}', which does not exist.");
        var root = RepoRoot();
        var local = root is null ? null : Path.Combine(root, ".tools", "node_modules", ".bin", "azurite-blob");
        return File.Exists(local) ? local
            : throw new InvalidOperationException(
                "Azurite (npm package 'azurite') is needed for the Azure photo store tests and was not found" +
                (local is null ? "" : $" at {local}") + ". Run 'bash tests/run.sh', which installs it into .tools/, " +
                "or set AZURITE_BIN to an azurite-blob executable.");
    }

    static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CodiBot.sln"))) return dir.FullName;
        return null;
    }

    Process Start(string bin, int port)
    {
        var start = new ProcessStartInfo(bin)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", _location,
            // No telemetry: tests talk to nothing but loopback.
            "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
        })
            start.ArgumentList.Add(arg);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    static async Task<bool> ListensAsync(Process process, int port, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        return false;
    }

    async Task StopAsync()
    {
        if (_process is null) return;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException) { }
        _process.Dispose();
        _process = null;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
