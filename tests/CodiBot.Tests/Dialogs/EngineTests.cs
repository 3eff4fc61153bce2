using CodiBot.Conversations;
using CodiBot.Dialogs;
using CodiBot.Dialogs.Engine;
using CodiBot.Dialogs.Loading;

namespace CodiBot.Tests.Dialogs;

/// <summary>The engine alone, over small dialogs written for the test.</summary>
public sealed class EngineTests
{
    static readonly DialogContext Ctx = new(new DateOnly(2020, 4, 9), 1_586_400_000_000, null, []);

    static (DialogEngine Engine, CodiBot.Dialogs.Definitions.DialogDefinition Dialog) Load(string yaml)
    {
        var dialog = DialogLoader.Parse(yaml, "test.yaml");
        return (new DialogEngine(new DialogCatalog([dialog])), dialog);
    }

    const string ManyChoices = """
        id: pick
        version: 1
        title: Pick
        fields:
          - id: province_group
            type: choice
            label: กลุ่ม
            prompt: เลือกกลุ่ม
            choices:
        """;

    [Fact]
    public void More_than_13_choices_are_paged_with_next_and_previous()
    {
        var yaml = ManyChoices + "\n" + string.Join("\n", Enumerable.Range(1, 20).Select(i => $"      - {{ id: g{i}, label: กลุ่ม {i} }}"));
        var (engine, dialog) = Load(yaml);
        var first = engine.Start(dialog, Ctx, "e1");
        var labels = first.Messages[0].Choices!.Select(c => c.Label).ToList();
        Assert.True(labels.Count <= 13);
        Assert.Equal("กลุ่ม 1", labels[0]);
        Assert.Contains("ถัดไป ▶", labels);
        Assert.DoesNotContain("กลุ่ม 20", labels);

        var second = engine.Handle(dialog, first.State!, new TextInput("ถัดไป", "m1", "e2"), Ctx);
        var page2 = second.Messages[0].Choices!.Select(c => c.Label).ToList();
        Assert.Contains("◀ ก่อนหน้า", page2);
        Assert.Contains("กลุ่ม 20", page2);
        Assert.True(page2.Count <= 13);

        // Typing a choice from another page works too.
        var done = engine.Handle(dialog, second.State!, new TextInput("กลุ่ม 3", "m2", "e3"), Ctx);
        Assert.Equal(DialogStage.Summary, done.State!.Stage);
        Assert.Contains("กลุ่ม 3", done.Messages[0].Text);
    }

    [Fact]
    public void Relevance_asks_a_field_only_when_its_condition_holds_and_an_edit_reconciles()
    {
        var (engine, dialog) = Load("""
            id: cond
            version: 1
            title: Cond
            fields:
              - id: kind
                type: choice
                label: ชนิด
                prompt: ชนิด
                choices:
                  - { id: counted, label: นับได้ }
                  - { id: plain, label: ไม่นับ }
              - id: amount
                type: number
                label: จำนวน
                prompt: จำนวน
                when: { field: kind, in: [counted] }
            """);
        var s = engine.Start(dialog, Ctx, "e").State!;
        var summary = engine.Handle(dialog, s, new TextInput("ไม่นับ", null, "e2"), Ctx);
        Assert.Equal(DialogStage.Summary, summary.State!.Stage); // amount not asked
        Assert.DoesNotContain("จำนวน", summary.Messages[0].Text);

        var edit = engine.Handle(dialog, summary.State, new TextInput("แก้ 1", null, "e3"), Ctx);
        var amount = engine.Handle(dialog, edit.State!, new TextInput("นับได้", null, "e4"), Ctx);
        Assert.Equal("amount", amount.State!.FieldId); // newly relevant: asked before the summary
        var back = engine.Handle(dialog, amount.State, new TextInput("๑,๒๐๐", null, "e5"), Ctx);
        Assert.Contains("2. จำนวน: 1,200", back.Messages[0].Text);
    }

    [Fact]
    public void The_state_survives_a_round_trip_through_json()
    {
        var (engine, dialog) = Load(ManyChoices + "\n      - { id: a, label: ก }\n      - { id: b, label: ข }");
        var state = engine.Start(dialog, Ctx with { Lang = Lang.En }, "e").State!;
        var copy = DialogState.FromJson(state.ToJson());
        Assert.Equal(state.ToJson(), copy.ToJson());
        Assert.Equal(Lang.En, copy.Lang);
        Assert.Equal("province_group", copy.FieldId);
    }

    [Fact]
    public void A_shared_location_with_a_huge_address_keeps_at_most_max_length_of_it()
    {
        var (engine, dialog) = Load("""
            id: where
            version: 1
            title: ที่ไหน
            fields:
              - id: place
                type: location
                label: สถานที่
                prompt: ที่ไหนคะ
                max_length: 50
            """);
        var started = engine.Start(dialog, Ctx, "e1");
        var address = string.Concat(Enumerable.Repeat("ถนนพระราม๔😷", 600));
        var done = engine.Handle(dialog, started.State!, new LocationInput(13.7, 100.5, address, "m1", "e2"), Ctx);
        Assert.Equal(DialogStage.Summary, done.State!.Stage);
        var kept = done.State.Answers["place"]!["address"]!.GetValue<string>();
        Assert.InRange(kept.Length, 40, 50);
        Assert.StartsWith(kept.TrimEnd('…'), address, StringComparison.Ordinal);
        Assert.InRange(done.Messages[^1].Text.Length, 1, 500);
    }
}
