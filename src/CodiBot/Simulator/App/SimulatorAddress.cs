namespace CodiBot.Simulator;

/// <summary>Turns listen addresses ("http://*:5080", "http://+:0", "http://0.0.0.0:80") into one this process can call itself on.</summary>
public static class SimulatorAddress
{
    public static readonly Uri Default = new("http://localhost:5080/");

    /// <summary>The first usable address, preferring http (the process calls itself without certificates); null when none parse.</summary>
    public static Uri? Pick(IEnumerable<string> addresses)
    {
        var parsed = addresses.Select(Callable).OfType<Uri>().ToList();
        return parsed.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttp) ?? parsed.FirstOrDefault();
    }

    /// <summary>From the "urls" setting (semicolon separated), or the default.</summary>
    public static Uri FromSetting(string? urls) => Pick((urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) ?? Default;

    static Uri? Callable(string address)
    {
        var a = address.Replace("://*", "://127.0.0.1").Replace("://+", "://127.0.0.1")
            .Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1");
        return Uri.TryCreate(a, UriKind.Absolute, out var u) ? new Uri(u.GetLeftPart(UriPartial.Authority) + "/") : null;
    }

    /// <summary>Loopback shown as localhost: what a developer types into a browser.</summary>
    public static string ForPeople(Uri baseUri) =>
        baseUri.IsLoopback ? $"{baseUri.Scheme}://localhost:{baseUri.Port}/" : baseUri.ToString();
}
