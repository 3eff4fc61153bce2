using System.Security.Cryptography;

namespace CodiBot.Photos;

/// <summary>
/// Photo keys are relative paths of plain segments ending in a photo extension. They become file paths and
/// blob names, so anything that could climb out of the store (<c>..</c>, a leading <c>/</c>, a drive letter,
/// a backslash) is refused rather than cleaned up.
/// </summary>
public static class PhotoKey
{
    public const int MaxLength = 512;

    /// <summary>The key of a photo a leader sent on <paramref name="day"/>: <c>yyyy/MM/dd/{messageId}.{extension}</c>.</summary>
    public static string For(DateOnly day, string lineMessageId, string extension)
    {
        if (!IsMessageId(lineMessageId)) throw new ArgumentException($"'{lineMessageId}' is not a LINE message id (A-Z a-z 0-9 _ -, at most {MaxMessageIdLength}).", nameof(lineMessageId));
        var key = $"{day.Year:D4}/{day.Month:D2}/{day.Day:D2}/{lineMessageId}.{extension}";
        Validate(key);
        return key;
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless the key is safe and ends in a photo extension.</summary>
    public static void Validate(string key) => ContentTypeOf(key);

    /// <summary>The content type the key's extension stands for; throws like <see cref="Validate(string)"/>.</summary>
    public static string ContentTypeOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > MaxLength) throw Invalid(key, $"longer than {MaxLength} characters");
        foreach (var c in key)
            if (!IsAllowed(c) && c != '/') throw Invalid(key, "only A-Z a-z 0-9 / _ . - are allowed");
        if (key.Contains("..", StringComparison.Ordinal)) throw Invalid(key, "'..' is not allowed");
        if (key[0] == '/') throw Invalid(key, "it must be relative");
        foreach (var segment in key.Split('/'))
            if (segment.Length == 0 || segment == ".") throw Invalid(key, "empty or '.' path segment");
        var dot = key.LastIndexOf('.');
        var slash = key.LastIndexOf('/');
        if (dot <= slash + 1 || PhotoCheck.ContentTypeOfExtension(key[(dot + 1)..]) is not { } type)
            throw Invalid(key, $"it must end in a photo extension ({string.Join(", ", PhotoCheck.Extensions)})");
        return type;
    }

    /// <summary>Validates the key and that <paramref name="contentType"/> is the type its extension stands for.</summary>
    internal static void Validate(string key, string contentType)
    {
        var expected = ContentTypeOf(key);
        if (!string.Equals(expected, contentType, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Photo key '{key}' is for {expected}, not {contentType}.", nameof(contentType));
    }

    internal static string Sha256Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public const int MaxMessageIdLength = 100;

    /// <summary>Whether a message id from a webhook can name a photo: one plain segment, so it can climb nowhere.</summary>
    public static bool IsMessageId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= MaxMessageIdLength } && id.All(c => IsAllowed(c) && c != '.');

    static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    static ArgumentException Invalid(string key, string why) => new($"Invalid photo key '{key}': {why}.", nameof(key));
}
