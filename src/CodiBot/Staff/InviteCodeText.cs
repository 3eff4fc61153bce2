using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CodiBot.Staff;

/// <summary>Invite codes as people read and type them: short, without look-alikes (0/O, 1/I), any case and spacing.</summary>
public static partial class InviteCodeText
{
    /// <summary>No 0, O, 1 or I: a code read aloud or copied by hand cannot be mistyped into another.</summary>
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    /// <summary>A random code: 32^6 ≈ 10^9 possibilities, and it expires, so guessing one in chat is hopeless.</summary>
    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>
    /// The code a message may carry ("k7mq2p", "K7M Q2P", "รหัส K7MQ2P", "code: k7m-q2p"), upper-cased, and whether the
    /// person said it is a code (a "รหัส"/"code" prefix). Null when the message is not code-shaped at all.
    /// </summary>
    public static (string Code, bool Said)? Read(string? text)
    {
        var m = Shape().Match(text ?? "");
        if (!m.Success) return null;
        var code = Separators().Replace(m.Groups["code"].Value, "").ToUpperInvariant();
        var said = m.Groups["prefix"].Success;
        if (said) return code.Length is >= 4 and <= 10 ? (code, true) : null;
        return code.Length == Length && code.All(Alphabet.Contains) ? (code, false) : null;
    }

    [GeneratedRegex(@"^\s*(?<prefix>(รหัสเชิญ|รหัส|invite code|code)\s*[:：]?)?\s*(?<code>[a-z0-9](?:[\s\-]*[a-z0-9]){3,11})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    [GeneratedRegex(@"[\s\-]")]
    private static partial Regex Separators();
}
