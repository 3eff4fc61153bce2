using CodiBot.Conversations;
using CodiBot.Dialogs.Definitions;

namespace CodiBot.Dialogs.Engine;

/// <summary>The end of every dialog: each answer numbered, then confirm, edit by number, or cancel.</summary>
public static class Summary
{
    /// <summary>The fields shown (and stored): those that apply given the answers.</summary>
    public static IReadOnlyList<FieldDefinition> Shown(DialogDefinition dialog, DialogState state) =>
        dialog.Fields.Where(f => Relevance.IsRelevant(f, state)).ToList();

    public static BotMessage Show(DialogDefinition dialog, DialogState state, string? before = null)
    {
        var lang = state.Lang;
        var en = lang == Lang.En;
        var lines = new List<string>();
        if (before is not null) lines.Add(before);
        lines.Add($"📋 {(en ? "Summary" : "สรุป")}{dialog.Title.For(lang)}");
        var fields = Shown(dialog, state);
        for (var i = 0; i < fields.Count; i++)
            lines.Add($"{i + 1}. {fields[i].Label.For(lang)}: {AnswerValues.Display(fields[i], state.Answers[fields[i].Id], lang)}");
        lines.Add(en
            ? "\nAll correct? Tap \"Confirm\" to send, or type e.g. \"edit 3\" to change item 3."
            : "\nถูกต้องไหมคะ กด \"ยืนยัน\" เพื่อส่ง หรือพิมพ์ เช่น \"แก้ 3\" เพื่อแก้ข้อ 3");
        return new BotMessage(string.Join("\n", lines),
        [
            new(en ? "✅ Confirm" : "✅ ยืนยัน", DialogWords.Confirm(lang)),
            new(en ? "✏️ Edit" : "✏️ แก้ไข", DialogWords.Edit(lang)),
            new(en ? "❌ Cancel" : "❌ ยกเลิก", DialogWords.Cancel(lang)),
        ]);
    }

    /// <summary>"Which item?" with a button per field (at most 13, LINE's limit).</summary>
    public static BotMessage ChooseEdit(DialogDefinition dialog, DialogState state)
    {
        var lang = state.Lang;
        var fields = Shown(dialog, state);
        var buttons = fields.Take(12).Select((f, i) => new Choice($"{i + 1} {f.Label.For(lang)}", (i + 1).ToString())).ToList();
        buttons.Add(new Choice(lang == Lang.En ? "Back to summary" : "กลับไปสรุป", DialogWords.Back(lang)));
        return new BotMessage(lang == Lang.En ? "Which item to change? Type its number." : "แก้ข้อไหนคะ พิมพ์เลขข้อ หรือเลือกจากปุ่ม", buttons);
    }

}
