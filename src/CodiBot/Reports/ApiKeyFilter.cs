using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace CodiBot.Reports;

/// <summary>
/// <c>X-Api-Key</c> must be one of <c>Api:Keys</c> (read once at start-up). With no keys configured nobody gets in:
/// the API is never open by default.
/// </summary>
public sealed class ApiKeyFilter : IEndpointFilter
{
    public const string Header = "X-Api-Key";
    public const string Section = "Api:Keys";

    // Hashes, so every comparison is over 32 bytes and leaks neither a key's content nor its length.
    readonly byte[][] _hashes;

    public ApiKeyFilter(IEnumerable<string?> keys) =>
        _hashes = [.. keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Hash(k!))];

    public static ApiKeyFilter FromConfiguration(IConfiguration configuration) =>
        new(configuration.GetSection(Section).GetChildren().Select(c => c.Value));

    public bool HasKeys => _hashes.Length > 0;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsAllowed(context.HttpContext.Request.Headers[Header]) ? next(context) : ValueTask.FromResult<object?>(Results.Unauthorized());

    bool IsAllowed(StringValues given)
    {
        if (given.Count != 1 || string.IsNullOrEmpty(given[0])) return false;
        var hash = Hash(given[0]!);
        var match = false;
        foreach (var key in _hashes) match |= CryptographicOperations.FixedTimeEquals(hash, key); // no early exit
        return match;
    }

    static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
