namespace CodiBot.Thai;

/// <summary>The one number in an answer. The same number written twice ("2,000 (สองพัน)") is still one;
/// a range, two different numbers, or numbers joined by a symbol ("0/0/0", "10:30", "5-5": a date, a time, a code)
/// is not an answer to "how many?".</summary>
internal static class SingleNumber
{
    public const decimal Max = 1_000_000_000_000m;

    public static bool TryFind(string normalized, out ScannedNumber number)
    {
        number = null!;
        var scanned = NumberScanner.Scan(normalized);
        for (var k = 1; k < scanned.Count; k++)
            if (Joined(normalized, scanned[k - 1], scanned[k])) return false;
        var numbers = scanned.Where(n => !n.Identifier).ToList();
        if (numbers.Count == 0 || numbers.Any(n => n.Negative) || numbers.Select(n => n.Value).Distinct().Count() != 1) return false;
        number = numbers[0];
        return number.Value <= Max;
    }

    static bool Joined(string s, ScannedNumber a, ScannedNumber b) =>
        b.Start > a.End && s.AsSpan(a.End, b.Start - a.End).IndexOfAnyExcept(Symbols) < 0;

    static readonly System.Buffers.SearchValues<char> Symbols = System.Buffers.SearchValues.Create("/-.:,+×÷*=^");
}
