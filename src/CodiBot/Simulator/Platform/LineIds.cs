using System.Security.Cryptography;
using System.Text;

namespace CodiBot.Simulator;

/// <summary>Identifiers shaped like LINE's, so code that checks their format sees realistic values.</summary>
public static class LineIds
{
    const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static long _message = 500_000_000_000_000;

    /// <summary>A ULID (48-bit milliseconds + 80 random bits, Crockford base32), as LINE uses for webhookEventId.</summary>
    public static string Ulid(DateTimeOffset at)
    {
        Span<byte> b = stackalloc byte[16];
        var ms = (ulong)at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) b[i] = (byte)(ms >> (8 * (5 - i)));
        RandomNumberGenerator.Fill(b[6..]);
        var value = new UInt128(BitConverter.ToUInt64([b[7], b[6], b[5], b[4], b[3], b[2], b[1], b[0]]),
            BitConverter.ToUInt64([b[15], b[14], b[13], b[12], b[11], b[10], b[9], b[8]]));
        var chars = new char[26];
        for (var i = 25; i >= 0; i--) { chars[i] = Crockford[(int)(value & 31)]; value >>= 5; }
        return new string(chars);
    }

    /// <summary>A stable id from a name ("U" users/bots, "C" groups): the same cast gets the same ids on every run.</summary>
    public static string FromName(char kind, string name) =>
        kind + Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(name)));

    public static string Random(char kind) => kind + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Numeric message ids, unique within the process, like LINE's.</summary>
    public static string NextMessageId() => Interlocked.Increment(ref _message).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Token() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public static bool LooksLikeChatId(string? id) =>
        id is { Length: 33 } && id[0] is 'U' or 'C' or 'R' && id.AsSpan(1).ContainsAnyExcept("0123456789abcdef") == false;
}
