using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CodiBot.Digest;

/// <summary>
/// Stable X-Line-Retry-Keys: a name-based UUID (RFC 4122 version 5) of what is sent to whom on which day. Whatever
/// happens between preparing and sending, the same group and day always give the same key, so LINE accepts the
/// push once and answers any repeat with 409.
/// </summary>
public static class DigestKeys
{
    /// <summary>Our own namespace, so the keys never collide with another system's name-based UUIDs.</summary>
    static readonly Guid Namespace = new("5b0c1f7e-3c1d-4e43-9a59-6f3a2d1c0b7e");

    public static Guid For(string chatId, DateOnly day, string what = "digest") =>
        NameBased($"{what}:{chatId}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    static Guid NameBased(string name)
    {
        var bytes = Namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(bytes).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
