namespace CodiBot.Thai;

/// <summary>Reads an answer that is one number: "2,000", "๒๐๐๐", "2 พัน", "1.5 ล้าน", "สามสิบ", "กว่า 10,000", "ราวๆ 300".</summary>
public static class ThaiNumbers
{
    /// <summary>True when the text holds exactly one number (written once or repeated). <paramref name="approximate"/> is
    /// set by qualifiers next to it (กว่า, ประมาณ, ราว, เกือบ, ร่วม, ไม่ต่ำกว่า, มากกว่า, โดยประมาณ, about...), not by
    /// งบประมาณ or ประมาณการ, nor by มากกว่า comparing something else. Negatives (also "(0.6)"), values over 10^12
    /// and text with no number or two different numbers are refused.</summary>
    public static bool TryParse(string? text, out decimal value, out bool approximate)
    {
        value = 0;
        approximate = false;
        var s = ThaiText.Normalize(text);
        if (!SingleNumber.TryFind(s, out var n)) return false;
        // Finance tables write negatives in parentheses.
        if (s.StartsWith('(') && s.EndsWith(')') && n.Start == 1 && n.End == s.Length - 1) return false;
        value = n.Value;
        approximate = Qualifiers.ApproximateBefore(s, n.Start) >= 0 || Qualifiers.ApproximateAfter(s, n.End) >= 0;
        return true;
    }
}
