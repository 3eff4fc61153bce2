using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CodiBot.Bench;

/// <summary>The bot under test: a child process the bench starts (default) or one already running (--bot-url).</summary>
public sealed class BotProcess : IDisposable
{
    const int LogLinesKept = 40;

    readonly Process? _child;
    readonly string? _tempDir;
    readonly bool _keepTemp;
    readonly Queue<string> _log = new();
    long _logLines;

    public Uri Url { get; }
    public int? Pid { get; }
    public string? TempDir => _tempDir;
    public bool IsChild => _child is not null;

    BotProcess(Uri url, int? pid, Process? child, string? tempDir, bool keepTemp)
    {
        Url = url;
        Pid = pid;
        _child = child;
        _tempDir = tempDir;
        _keepTemp = keepTemp;
    }

    public static BotProcess External(Uri url, int? pid) => new(url, pid, null, null, false);

    /// <summary>Starts `dotnet CodiBot.dll` with a temp database and photo folder, pointed at the stand-in LINE API.</summary>
    /// <param name="tempDir">An existing folder to run in again (the crash run restarts the bot on the same database).</param>
    /// <param name="settings">Extra environment settings for the bot.</param>
    public static BotProcess StartChild(string dll, Uri lineApi, string secret, bool keepTemp,
        string? tempDir = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var temp = tempDir ?? Directory.CreateTempSubdirectory("codibot-bench-").FullName;
        Directory.CreateDirectory(Path.Combine(temp, "photos"));
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        // On the command line too: it outranks a "Urls" in the bot's appsettings.json, which ASPNETCORE_URLS does not.
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(url.ToString().TrimEnd('/'));
        var api = lineApi.ToString().TrimEnd('/');
        var env = psi.Environment;
        env["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["DOTNET_ENVIRONMENT"] = "Production";
        env["Line__ChannelSecret"] = secret;
        env["Line__ChannelAccessToken"] = "bench-token";
        env["Line__ApiBaseUrl"] = api;
        env["Line__DataApiBaseUrl"] = api;
        env["ConnectionStrings__CodiBot"] = $"Data Source={Path.Combine(temp, "bench.db")}";
        env["Photos__Folder"] = Path.Combine(temp, "photos");
        env["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) env[k] = v;

        var child = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        var bot = new BotProcess(url, child.Id, child, temp, keepTemp);
        child.OutputDataReceived += (_, e) => bot.Log(e.Data);
        child.ErrorDataReceived += (_, e) => bot.Log(e.Data);
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        return bot;
    }

    void Log(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            _logLines++;
            _log.Enqueue(line);
            if (_log.Count > LogLinesKept) _log.Dequeue();
        }
        if (_keepTemp && _tempDir is not null)
            lock (_log) File.AppendAllText(Path.Combine(_tempDir, "bot.log"), line + "\n");
    }

    public (long Lines, string[] Last) LogTail()
    {
        lock (_log) return (_logLines, _log.ToArray());
    }

    public bool HasExited => _child is { HasExited: true };

    /// <summary>SIGKILL (kill -9): no shutdown code runs. The temp folder stays.</summary>
    public void KillHard()
    {
        if (_child is null || _child.HasExited) return;
        _child.Kill();
        _child.WaitForExit(10_000);
    }

    /// <summary>Polls GET /healthz until it answers 200.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var health = new Uri(Url, "/healthz");
        var sw = Stopwatch.StartNew();
        string last = "no answer";
        while (sw.Elapsed < timeout)
        {
            ct.ThrowIfCancellationRequested();
            if (HasExited) throw new InvalidOperationException($"the bot exited with code {_child!.ExitCode} before it was healthy");
            try
            {
                using var res = await http.GetAsync(health, ct);
                if (res.StatusCode == HttpStatusCode.OK) return;
                last = $"HTTP {(int)res.StatusCode}";
            }
            catch (HttpRequestException e) { last = e.Message; }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { last = "timeout"; }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"GET {health} did not answer 200 within {timeout.TotalSeconds:0} s (last: {last})");
    }

    /// <summary>VmRSS and VmHWM of the bot in bytes, from /proc (null when unknown).</summary>
    public (long? Rss, long? Hwm) Memory()
    {
        if (Pid is not { } pid) return (null, null);
        try
        {
            long? rss = null, hwm = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kb(line);
            }
            return (rss, hwm);
        }
        catch (IOException) { return (null, null); }
        catch (UnauthorizedAccessException) { return (null, null); }

        static long? Kb(string line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
        }
    }

    /// <summary>User + system CPU time of the bot in seconds, from /proc/N/stat (null when unknown).</summary>
    public double? CpuSeconds() => Pid is { } pid ? ProcCpuSeconds(pid) : null;

    public static double? ProcCpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name, which is in parentheses and may contain spaces.
            var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_child is not null)
        {
            try { if (!_child.HasExited) { _child.Kill(entireProcessTree: true); _child.WaitForExit(5000); } }
            catch (InvalidOperationException) { }
            _child.Dispose();
        }
        if (_tempDir is not null && !_keepTemp)
            try { Directory.Delete(_tempDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
