namespace CodiBot.Thai;

/// <summary>Time words after a number ("3 เดือน", "18.00 น.", "อายุ 60 ปี"): the number is a length of time or a
/// clock time, never a count of things delivered.</summary>
internal static class Durations
{
    static readonly string[] Thai =
        ["วินาที", "นาที", "ชั่วโมง", "ชม.", "วัน", "สัปดาห์", "อาทิตย์", "เดือน", "ปี", "นาฬิกา", "โมง", "ทุ่ม"];

    static readonly string[] English =
        ["seconds", "second", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "days", "day", "weeks", "week",
         "months", "month", "years", "year", "o'clock", "am", "pm", "a.m.", "p.m."];

    /// <summary>Length of a time word at <paramref name="i"/>, or 0. Thai words must not run on into a longer
    /// word ("วันละ" still counts: the rate rule handles it; "ปีก", "ชมรม" do not).</summary>
    public static int LengthAt(string s, int i)
    {
        if (i >= s.Length) return 0;
        foreach (var w in Thai)
            if (string.CompareOrdinal(s, i, w, 0, w.Length) == 0 && (i + w.Length == s.Length || !ThaiChars.Attaches(s[i + w.Length])))
                return w == "ปี" && i + 2 < s.Length && s[i + 2] == 'ก' ? 0 : w.Length;
        // "18.00 น." is a clock time; "น.ส." (Miss) is not.
        if (string.CompareOrdinal(s, i, "น.", 0, 2) == 0 && !(i + 3 < s.Length && s[i + 2] == 'ส' && s[i + 3] == '.'))
            return 2;
        foreach (var w in English)
            if (string.Compare(s, i, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0 && ThaiChars.IsEdge(s, i + w.Length))
                return w.Length;
        return 0;
    }
}
