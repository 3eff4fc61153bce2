using System.Globalization;
using System.Text;
using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

public sealed class GraphemesTests
{
    /// <summary>True when every cluster of <paramref name="part"/> (but the ellipsis) is a whole cluster of <paramref name="whole"/>.</summary>
    static void AssertWholeClusters(string whole, string part)
    {
        var body = part.EndsWith(Graphemes.Ellipsis) ? part[..^1] : part;
        Assert.StartsWith(body, whole, StringComparison.Ordinal);
        var cuts = new HashSet<int> { whole.Length };
        for (int i = 0; i < whole.Length; i += StringInfo.GetNextTextElementLength(whole.AsSpan(i))) cuts.Add(i);
        Assert.Contains(body.TrimEnd().Length, cuts);
        Assert.True(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(part)) == part, "no lone surrogate");
    }

    [Theory]
    [InlineData("สวัสดีค่ะ", 20, "สวัสดีค่ะ")]                        // fits: unchanged
    [InlineData("😷😷😷😷😷😷😷😷😷😷😷", 20, "😷😷😷😷😷😷😷😷😷…")]   // 22 units: no half mask
    [InlineData("abcdefghijklmnopqrst😷", 20, "abcdefghijklmnopqrs…")]
    [InlineData("กองทุนสวัสดิการชุมชนตำบลละงู", 10, "กองทุนสวั…")]  // สวั keeps its vowel; ส never loses ดิ's marks
    [InlineData("ผู้ใหญ่บ้าน", 4, "ผู้…")]                              // ผู้ = ผ + ู + ้ stays whole
    public void Clips_on_cluster_edges_with_an_ellipsis(string text, int max, string expected)
    {
        var clipped = Graphemes.Clip(text, max);
        Assert.Equal(expected, clipped);
        Assert.True(clipped.Length <= max);
        AssertWholeClusters(text, clipped);
    }

    [Theory]
    [InlineData("👨‍👩‍👧‍👦")]    // a family joined by zero-width joiners
    [InlineData("🇹🇭")]          // a flag: two regional indicators
    [InlineData("👍🏽")]          // skin tone
    [InlineData("กี่")]          // consonant, vowel, tone
    [InlineData("น้ำ")]
    public void Never_splits_a_cluster_at_any_length(string cluster)
    {
        var text = string.Concat(Enumerable.Repeat(cluster, 30));
        for (var max = 1; max <= text.Length; max++)
        {
            var clipped = Graphemes.Clip(text, max);
            Assert.True(clipped.Length <= max, $"{max}: {clipped.Length}");
            AssertWholeClusters(text, clipped);
        }
    }

    [Fact]
    public void A_cluster_longer_than_the_room_is_left_out_whole()
    {
        var zalgo = "ก" + new string('\u0E48', 10_000);   // one letter under ten thousand tone marks
        Assert.Equal(1, new StringInfo(zalgo).LengthInTextElements);
        Assert.Equal(0, Graphemes.FitAt(zalgo, 4_999));
        Assert.Equal("ab…", Graphemes.Clip("ab" + zalgo, 100));
    }
}
