using System.Security.Cryptography;
using System.Text;

namespace CodiBot.Line.Webhook;

/// <summary>x-line-signature = Base64(HMAC-SHA256(channel secret, raw body)).</summary>
public static class WebhookSignature
{
    public const string Header = "x-line-signature";

    public static string Compute(ReadOnlySpan<byte> body, string channelSecret)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, mac);
        return Convert.ToBase64String(mac);
    }

    /// <summary>Checks the signature over the raw bytes in constant time; any malformed header is simply invalid.</summary>
    public static bool IsValid(ReadOnlySpan<byte> body, string? signature, string channelSecret)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > 64) return false;
        Span<byte> given = stackalloc byte[48];
        if (!Convert.TryFromBase64String(signature, given, out var written) || written != HMACSHA256.HashSizeInBytes)
            return false;
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given[..written]);
    }
}
