namespace CodiBot.Thai;

/// <summary>A count read from a report: 2,700 แผง of ไข่ไก่.</summary>
/// <param name="Value">The number with any scale word applied ("1.5 ล้าน" = 1,500,000).</param>
/// <param name="Unit">Canonical unit (see <see cref="Units"/>), or null when none was written.</param>
/// <param name="Item">The thing counted, as a clean name ("หน้ากากผ้า", "ข้าวสาร"), or null.</param>
/// <param name="Approximate">Written with กว่า, ประมาณ, ราว, เกือบ, "about"... or as a range.</param>
/// <param name="IsTarget">A goal ("ตั้งเป้า 10,000", "จากเป้าหมาย 6,000"), not something achieved.</param>
/// <param name="Start">Where the quantity (from its qualifier to its unit) starts in the normalized text.</param>
/// <param name="Length">Its length in the normalized text.</param>
public sealed record Quantity(decimal Value, string? Unit, string? Item, bool Approximate, bool IsTarget, int Start, int Length);
