using System.Globalization;
using CodiBot.Thai;

namespace CodiBot.Tests.Thai;

/// <summary>One line per quantity, so a whole extraction compares as a short list:
/// "2700 แผง ไข่ไก่", "10000 ชิ้น หน้ากากผ้า ~" (approximate), "6000 ชิ้น - target" (no item, a target).</summary>
public static class QuantityText
{
    public static string Of(Quantity q) =>
        string.Join(' ', new[]
        {
            q.Value.ToString(CultureInfo.InvariantCulture), q.Unit ?? "-", q.Item ?? "-",
            q.Approximate ? "~" : null, q.IsTarget ? "target" : null,
        }.Where(p => p is not null));

    public static string[] Of(IEnumerable<Quantity> quantities) => quantities.Select(Of).ToArray();
}
