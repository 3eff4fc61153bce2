namespace CodiBot.Thai;

/// <summary>The one number in an answer. The same number written twice ("2,000 (สองพัน)") is still one;
/// a range or two different numbers is not an answer to "how many?".</summary>
internal static class SingleNumber
{
    public const decimal Max = 1_000_000_000_000m;

    public static bool TryFind(string normalized, out ScannedNumber number)
    {
        number = null!;
        var numbers = NumberScanner.Scan(normalized).Where(n => !n.Identifier).ToList();
        if (numbers.Count == 0 || numbers.Any(n => n.Negative) || numbers.Select(n => n.Value).Distinct().Count() != 1) return false;
        // "1e5" and "0x10" are not how anyone writes a count.
        if (NumberScanner.Scan(normalized).Any(n => n.Identifier && n.Start > 0 && char.IsAsciiLetter(normalized[n.Start - 1]) && n.Start > 1 && char.IsAsciiDigit(normalized[n.Start - 2])))
            return false;
        number = numbers[0];
        return number.Value <= Max;
    }
}
