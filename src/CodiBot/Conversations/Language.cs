namespace CodiBot.Conversations;

public enum Lang { Th, En }

public static class Language
{
    /// <summary>Answers in English only to text with Latin letters and no Thai; Thai is the default.</summary>
    public static Lang Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Lang.Th;
        var latin = false;
        foreach (var c in text)
        {
            if (c is >= '\u0E00' and <= '\u0E7F') return Lang.Th;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) latin = true;
        }
        return latin ? Lang.En : Lang.Th;
    }
}
