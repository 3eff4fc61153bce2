namespace CodiBot.Thai;

/// <summary>Character classes of the Thai block. Thai has no spaces between words, so the parsers
/// decide word edges from what kind of character sits next to a match.</summary>
internal static class ThaiChars
{
    /// <summary>Consonants, vowels, tone marks, ฯ and ๆ: anything that belongs inside a Thai word.</summary>
    public static bool IsThaiLetter(char c) => c is >= '\u0E01' and <= '\u0E3A' or >= '\u0E40' and <= '\u0E4E';

    public static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    /// <summary>เ แ โ ใ ไ are written before the consonant they are pronounced after.</summary>
    public static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    /// <summary>Vowels and marks that attach to the consonant before them (ะ า ำ, above/below vowels, tones):
    /// a match that stops right before one of these has cut a syllable in half. ๆ (repeat) does not attach.</summary>
    public static bool Attaches(char c) => c is >= '\u0E30' and <= '\u0E3A' or '\u0E45' or >= '\u0E47' and <= '\u0E4E';

    public static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4B';

    /// <summary>Upper or lower vowel signs, which come before a tone mark in the standard order.</summary>
    public static bool IsAboveOrBelowVowel(char c) => c is '\u0E31' or >= '\u0E34' and <= '\u0E39';

    public static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>True when position <paramref name="i"/> cannot be inside a word: outside the text, or not a letter.</summary>
    public static bool IsEdge(string s, int i) => i < 0 || i >= s.Length || !(IsThaiLetter(s[i]) || IsLatinLetter(s[i]));
}
