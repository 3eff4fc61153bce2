using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CodiBot.Hosting;
using CodiBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace CodiBot.Tests.Hosting;

/// <summary>The container image and compose file, read as files (no Docker engine needed): what they set and what they send.</summary>
public sealed partial class DeploymentFilesTests
{
    const string Dockerfile = "infra/Dockerfile", Compose = "infra/compose.yaml";

    [Fact]
    public async Task Every_setting_the_image_and_the_compose_file_give_is_one_the_bot_reads()
    {
        var reads = await ReadsOfTheRealHostAsync();
        var unread = DeploymentSettings()
            .Where(s => !reads.Knows(ConfigKey(s.Variable)))
            .Select(s => $"{s.File}: {s.Variable} (read as {ConfigKey(s.Variable)})").ToList();
        Assert.True(unread.Count == 0, "set but never read by the bot:\n" + string.Join("\n", unread));
        // The check can fail: a misspelt key is not among the reads.
        Assert.False(reads.Knows("Bot:PhotoFolder"));
        Assert.True(reads.Knows("Photos:Folder"));
    }

    [Fact]
    public void What_the_bot_keeps_lies_in_the_image_volume()
    {
        var volume = Regex.Match(RepoFiles.Read(Dockerfile), @"^VOLUME\s+\[?""?(?<path>/[^\s""\]]+)", RegexOptions.Multiline).Groups["path"].Value;
        Assert.Equal("/data", volume);
        var env = DeploymentSettings().Where(s => s.File == Dockerfile).ToDictionary(s => ConfigKey(s.Variable), s => s.Value);
        Assert.StartsWith(volume + "/", Regex.Match(env["ConnectionStrings:CodiBot"], "Data Source=([^;]+)").Groups[1].Value);
        Assert.StartsWith(volume + "/", env["Photos:Folder"]);
    }

    [Fact]
    public void Compose_stops_with_a_message_when_a_credential_is_not_given()
    {
        var compose = DeploymentSettings().Where(s => s.File == Compose).ToDictionary(s => s.Variable, s => s.Value);
        // "${VAR:?message}": compose refuses to start when VAR is unset or empty, instead of passing a blank.
        foreach (var credential in new[] { "Line__ChannelSecret", "Line__ChannelAccessToken" })
            Assert.Matches(@"^\$\{[A-Z_]+:\?[^}]+\}$", compose[credential]);
        // No variable anywhere is taken unchecked: each is required or has a stated default.
        Assert.All(compose.Values.SelectMany(v => Regex.Matches(v, @"\$\{[^}]*\}").Select(m => m.Value)),
            v => Assert.Matches(@"^\$\{[A-Za-z_][A-Za-z0-9_]*(:\?[^}]+|:-[^}]*)\}$", v));
    }

    [Fact]
    public void The_image_gets_the_sources_and_nothing_git_ignores()
    {
        var docker = IgnoreRules.Docker(RepoFiles.Read(".dockerignore"));
        var git = IgnoreRules.Git(RepoFiles.Read(".gitignore"));
        // The issue's cases, whether or not this checkout has them.
        string[] mustStayOut =
        [
            "src/CodiBot/bin/Release/net10.0/CodiBot.dll", "tests/CodiBot.Tests/obj/project.assets.json",
            ".tools/node_modules/azurite/package.json", "src/CodiBot/data/codibot.db", "data/photos/2020-03-27/a.jpg", "codibot.db",
        ];
        Assert.All(mustStayOut, p => Assert.True(git.Excludes(p) && docker.Excludes(p), p));

        var leaked = new List<string>();
        var dropped = new List<string>();
        Walk(RepoFiles.Root, "");
        Assert.True(leaked.Count == 0, "git ignores these but the image would get them:\n" + string.Join("\n", leaked));
        Assert.True(dropped.Count == 0, "the build needs these but .dockerignore leaves them out:\n" + string.Join("\n", dropped));

        void Walk(string dir, string relative)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir))
            {
                var name = Path.GetFileName(entry);
                if (name == ".git") continue;
                var path = relative + name;
                if (git.Excludes(path)) { if (!docker.Excludes(path)) leaked.Add(path); }
                else if (Directory.Exists(entry)) Walk(entry, path + "/");
                else if (NeededToBuild(path) && docker.Excludes(path)) dropped.Add(path);
            }
        }
    }

    static bool NeededToBuild(string path) =>
        path.StartsWith("src/") || path.StartsWith("dialogs/") || path.StartsWith("Directory.") || path == "infra/Dockerfile";

    sealed record Setting(string File, string Variable, string Value);

    static IEnumerable<Setting> DeploymentSettings()
    {
        // ENV KEY=value KEY2="a value" ... over continued lines.
        var dockerfile = RepoFiles.Read(Dockerfile).Replace("\\\r\n", " ").Replace("\\\n", " ");
        foreach (Match env in Regex.Matches(dockerfile, @"^\s*ENV\s+(.*)$", RegexOptions.Multiline))
            foreach (Match pair in Regex.Matches(env.Groups[1].Value, @"(?<k>[A-Za-z_][A-Za-z0-9_]*)=(?:""(?<v>[^""]*)""|(?<v>\S*))"))
                yield return new(Dockerfile, pair.Groups["k"].Value, pair.Groups["v"].Value);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(RepoFiles.Read(Compose)));
        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
        foreach (var service in services.Children.Values.Cast<YamlMappingNode>())
        {
            if (!service.Children.TryGetValue("environment", out var environment)) continue;
            var pairs = environment is YamlMappingNode map
                ? map.Children.Select(kv => (kv.Key.ToString(), kv.Value.ToString()))
                : ((YamlSequenceNode)environment).Children.Select(n => n.ToString().Split('=', 2)).Select(p => (p[0], p.ElementAtOrDefault(1) ?? ""));
            foreach (var (k, v) in pairs) yield return new(Compose, k, v);
        }
    }

    /// <summary>An environment variable as .NET configuration sees it: ASPNETCORE_/DOTNET_ prefixes dropped, "__" for ":".</summary>
    static string ConfigKey(string variable) =>
        Regex.Replace(variable, "^(ASPNETCORE|DOTNET)_", "").Replace("__", ":");

    /// <summary>
    /// Starts the real host (with a complete channel) behind a configuration layer that answers nothing and writes down
    /// every key asked of it, then binds every options class of the bot: the keys the code reads, from the code.
    /// </summary>
    static async Task<ConfigReads> ReadsOfTheRealHostAsync()
    {
        var reads = new ConfigReads();
        var folder = Path.Combine(Path.GetTempPath(), "codibot-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Line:ChannelSecret"] = "secret", ["Line:ChannelAccessToken"] = "token",
            ["ConnectionStrings:CodiBot"] = $"Data Source={Path.Combine(folder, "codibot.db")}",
            ["Photos:Folder"] = Path.Combine(folder, "photos"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        IServiceCollection? registered = null;
        await using var app = CodiBotHost.Build(["--urls", "http://127.0.0.1:0"],
            b => { b.Configuration.AddInMemoryCollection(settings); ((IConfigurationBuilder)b.Configuration).Add(reads); },
            s => registered = s);
        await app.StartAsync();
        var optionTypes = registered!.Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(t => t.GetGenericArguments()[0]).Where(t => t.Assembly.GetName().Name!.StartsWith("CodiBot")).Distinct();
        foreach (var type in optionTypes)
        {
            var options = app.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
            _ = options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
        }
        await app.StopAsync();
        return reads;
    }

    /// <summary>A configuration layer that has no values and records what is asked of it.</summary>
    sealed class ConfigReads : ConfigurationProvider, IConfigurationSource
    {
        readonly ConcurrentDictionary<string, bool> _keys = new(StringComparer.OrdinalIgnoreCase);
        readonly ConcurrentDictionary<string, bool> _listed = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Read by key, or an element of a list the code reads as a whole ("Api:Keys:0").</summary>
        public bool Knows(string key) => _keys.ContainsKey(key)
            || (key.LastIndexOf(':') is var i and > 0 && int.TryParse(key[(i + 1)..], out _) && _listed.ContainsKey(key[..i]));

        public override bool TryGet(string key, out string? value)
        {
            _keys[key] = true;
            value = null;
            return false;
        }

        public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
        {
            if (parentPath is not null) _listed[parentPath] = true;
            return base.GetChildKeys(earlierKeys, parentPath);
        }

        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;
    }
}
