namespace CodiBot.Thai;

/// <summary>A province with the CODI regional office suggested for it by default. The user may pick another:
/// a province does not fix the region (domain.md §1.1: นครปฐม reports under two offices).</summary>
public sealed record Province(string Thai, string English, Region Region);
