using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Dialogs.Loading;
using CodiBot.Digest;

namespace CodiBot.Tests.Digest;

/// <summary>Category names come from the forms; the targets file names only categories the forms produce.</summary>
public sealed class TargetsTests
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "dialogs");
    static readonly CategoryNames Names = new(DialogCatalog.Load(Folder));

    [Theory]
    [InlineData("mask_production", "ผลิตหน้ากาก", "Mask making")]
    [InlineData("people_reached", "จำนวนคนที่ได้รับ", "People reached")]
    [InlineData("baan_por_piang.households_approved", "บ้านพอเพียงชนบท · ครัวเรือนอนุมัติ", "Rural housing · Households approved")]
    [InlineData("baan_mankong.budget", "บ้านมั่นคง · งบที่เบิกจ่าย (บาท)", "Baan Mankong · Budget spent (baht)")]
    public void Categories_are_named_by_their_forms(string category, string thai, string english)
    {
        Assert.Equal(thai, Names.Of(category, Lang.Th));
        Assert.Equal(english, Names.Of(category, Lang.En));
    }

    [Fact]
    public void The_shipped_targets_hold_CODIs_FY2563_figures()
    {
        var targets = ProgrammeTargets.Load(Path.Combine(Folder, ProgrammeTargets.DefaultFile), Names);
        var fy2563 = targets.For(2563);
        Assert.Equal(11500m, fy2563.Single(t => t.Category == "baan_por_piang.households_approved").Target);
        Assert.Equal(5500m, fy2563.Single(t => t.Category == "baan_mankong.households_approved").Target);
        Assert.Equal(8645m, fy2563.Single(t => t.Category == "leader_training.people_trained").Target);
        Assert.Empty(targets.For(2564));
    }

    [Theory]
    [InlineData("fiscal_years:\n  - year: 2563\n    targets:\n      - { category: baan_por_piang.households_built, unit: ครัวเรือน, target: 10 }", 4, "no form produces the category 'baan_por_piang.households_built'")]
    [InlineData("fiscal_years:\n  - year: 2020\n    targets:\n      - { category: mask_production, unit: ชิ้น, target: 10 }", 2, "a Buddhist-Era year such as 2563")]
    [InlineData("fiscal_years:\n  - year: 2563\n    targets:\n      - { category: mask_production, unit: ชิ้น, target: 0 }", 4, "'target' must be more than 0")]
    [InlineData("fiscal_years:\n  - year: 2563\n    targets:\n      - { category: mask_production, unit: ชิ้น, targte: 5 }", 4, "unknown key 'targte'")]
    public void A_broken_targets_file_names_its_line_and_problem(string yaml, int line, string problem)
    {
        var ex = Assert.Throws<DialogFileException>(() => ProgrammeTargets.Parse(yaml, "targets.yaml", Names));
        Assert.Equal(line, ex.Line);
        Assert.Contains(problem, ex.Problem);
    }
}
