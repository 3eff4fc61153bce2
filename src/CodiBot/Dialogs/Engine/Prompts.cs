using System.Text.Json.Nodes;
using CodiBot.Conversations;
using CodiBot.Dialogs.Definitions;
using CodiBot.Thai;

namespace CodiBot.Dialogs.Engine;

/// <summary>Builds the question for a field, with quick replies wherever a tap can answer it.</summary>
public static class Prompts
{
    const int MaxQuickReplies = 13;

    public static BotMessage Ask(DialogDefinition dialog, FieldDefinition field, DialogState state, DialogContext ctx, string? before = null)
    {
        var lang = state.Lang;
        var en = lang == Lang.En;
        var lines = new List<string>();
        if (before is not null) lines.Add(before);
        var (n, total) = Position(dialog, field, state);
        lines.Add($"{field.Prompt.For(lang)} ({n}/{total})");
        // A list being picked or photos being sent show their draft below instead.
        if (state.Answers[field.Id] is { } current && field.Type is not (FieldType.MultiChoice or FieldType.Photos))
            lines.Add((en ? "Now: " : "ตอนนี้: ") + AnswerValues.Display(field, current, lang, FieldParser.MeasureUnit(dialog, field)));
        if (state.Draft is { Count: > 0 } draft && field.Type == FieldType.MultiChoice)
            lines.Add((en ? "Picked: " : "เลือกแล้ว: ") + AnswerValues.Display(field, draft, lang));
        if (field.Type == FieldType.Photos && state.Draft is { Count: > 0 } photos)
            lines.Add(en ? $"Received {photos.Count} photo(s)." : $"ได้รับแล้ว {photos.Count} รูป");
        return new BotMessage(string.Join("\n", lines), Choices(dialog, field, state, ctx));
    }

    /// <summary>"ข้อ n จาก N" among the fields that apply to this report.</summary>
    static (int N, int Total) Position(DialogDefinition dialog, FieldDefinition field, DialogState state)
    {
        var relevant = dialog.Fields.Where(f => Relevance.IsRelevant(f, state)).ToList();
        return (relevant.IndexOf(field) + 1, relevant.Count);
    }

    public static List<Choice> Choices(DialogDefinition dialog, FieldDefinition field, DialogState state, DialogContext ctx)
    {
        var lang = state.Lang;
        var en = lang == Lang.En;
        var list = new List<Choice>();
        var skip = field.Required ? null : new Choice(en ? "Skip" : "ข้าม", DialogWords.Skip(lang));
        switch (field.Type)
        {
            case FieldType.Choice:
                list = Paged(FieldParser.Visible(field, state).Select(c => Button(c.Label.For(lang))).ToList(), state.Page, skip, lang);
                skip = null;
                break;
            case FieldType.MultiChoice:
                var picked = state.Draft?.Select(x => x!.GetValue<string>()).ToHashSet() ?? [];
                // Picked ones stay on the buttons, ticked: tapping one again takes it out.
                var options = FieldParser.Visible(field, state)
                    .Select(c => picked.Contains(c.Id) ? new Choice("✓ " + c.Label.For(lang), c.Label.For(lang)) : Button(c.Label.For(lang))).ToList();
                var finish = picked.Count > 0 ? new Choice(en ? "Done" : "เสร็จ", DialogWords.Done(lang)) : skip;
                list = Paged(options, state.Page, finish, lang);
                skip = null;
                break;
            case FieldType.Date:
                list.Add(new Choice(en ? "Today" : "วันนี้", en ? "today" : "วันนี้"));
                list.Add(new Choice(en ? "Yesterday" : "เมื่อวาน", en ? "yesterday" : "เมื่อวาน"));
                break;
            case FieldType.Region:
                var suggested = Suggested(field, state);
                foreach (var r in Enum.GetValues<Region>().OrderBy(r => r == suggested ? 0 : 1))
                    list.Add(new Choice(en ? Regions.English(r) : Regions.Short(r), en ? Regions.English(r) : Regions.Short(r)));
                break;
            case FieldType.Organisation:
                list.AddRange(ctx.Organisations.Take(11).Select(o => Button(o.Name)));
                break;
            case FieldType.Photos:
                list.Add(new Choice(en ? "Camera" : "ถ่ายรูป", "", ChoiceAction.Camera));
                list.Add(new Choice(en ? "Album" : "เลือกจากอัลบั้ม", "", ChoiceAction.CameraRoll));
                if (state.Draft is { Count: > 0 }) list.Add(new Choice(en ? "Done" : "เสร็จ", DialogWords.Done(lang)));
                break;
            case FieldType.Location:
                list.Add(new Choice(en ? "Send location" : "ส่งตำแหน่ง", "", ChoiceAction.Location));
                break;
            case FieldType.Confirm:
                list.Add(new Choice(field.MustAccept ? (en ? "I agree" : "ยินยอม") : (en ? "Yes" : "ใช่"), field.MustAccept ? (en ? "agree" : "ยินยอม") : DialogWords.Yes(lang)));
                list.Add(new Choice(field.MustAccept ? (en ? "I don't agree" : "ไม่ยินยอม") : (en ? "No" : "ไม่ใช่"), field.MustAccept ? (en ? "disagree" : "ไม่ยินยอม") : DialogWords.No(lang)));
                break;
        }
        if (Default(field, ctx) is { } def) list.Insert(0, Button(def));
        if (state.Answers[field.Id] is not null && field.Type is not (FieldType.Photos or FieldType.MultiChoice))
            list.Insert(0, new Choice(en ? "Keep" : "คงเดิม", DialogWords.Keep(lang)));
        // An activity done but not counted is still reported: a count that may be left out says so.
        if (skip is not null && field.Type is FieldType.Quantity or FieldType.Number)
            list.Add(new Choice(en ? "Not counted" : "ไม่ได้นับ", DialogWords.NotCounted(lang)));
        // A photo field offers "ข้าม" only until the first photo; then "เสร็จ" takes its place.
        if (skip is not null && !(field.Type == FieldType.Photos && state.Draft is { Count: > 0 })) list.Add(skip);
        AddSteering(list, state, lang);
        return list;
    }

    /// <summary>"ย้อนกลับ" and "ยกเลิก" ride along when there is room: people on phones tap rather than type.</summary>
    static void AddSteering(List<Choice> list, DialogState state, Lang lang)
    {
        var en = lang == Lang.En;
        if (state.Visited.Count > 0 && list.Count < MaxQuickReplies) list.Add(new Choice(en ? "Back" : "ย้อนกลับ", DialogWords.Back(lang)));
        if (list.Count < MaxQuickReplies) list.Add(new Choice(en ? "Cancel" : "ยกเลิก", DialogWords.Cancel(lang)));
    }

    /// <summary>More than 13 buttons are shown a page at a time with "ถัดไป" / "ก่อนหน้า".</summary>
    static List<Choice> Paged(List<Choice> options, int page, Choice? extra, Lang lang)
    {
        var en = lang == Lang.En;
        var room = MaxQuickReplies - (extra is null ? 0 : 1);
        if (options.Count <= room) return [.. options, .. extra is null ? Array.Empty<Choice>() : [extra]];
        var perPage = room - 2;
        var pages = (options.Count + perPage - 1) / perPage;
        page = Math.Clamp(page, 0, pages - 1);
        var list = new List<Choice>();
        if (page > 0) list.Add(new Choice(en ? "◀ Previous" : "◀ ก่อนหน้า", en ? "previous" : "ก่อนหน้า"));
        list.AddRange(options.Skip(page * perPage).Take(perPage));
        if (page < pages - 1) list.Add(new Choice(en ? "More ▶" : "ถัดไป ▶", en ? "more" : "ถัดไป"));
        if (extra is not null) list.Add(extra);
        return list;
    }

    public static Region? Suggested(FieldDefinition field, DialogState state) => field.SuggestFrom is null ? null : state.Answers[field.SuggestFrom] switch
    {
        JsonValue v => Provinces.Find(v.GetValue<string>())?.Region,
        JsonObject area => Provinces.Find(AreaAnswer.Of(area)?.Province)?.Region,
        _ => null,
    };

    /// <summary>A field's default as the person would type it ("{profile.name}" is their LINE display name).</summary>
    public static string? Default(FieldDefinition field, DialogContext ctx) => field.Default switch
    {
        null => null,
        "{profile.name}" => string.IsNullOrWhiteSpace(ctx.ProfileName) ? null : ctx.ProfileName.Trim(),
        "today" or "yesterday" => null, // the date buttons already offer these
        var d when field.Type == FieldType.Choice => field.ChoiceList.First(c => c.Id == d).Label.For(ctx.Lang),
        var d => d,
    };

    static Choice Button(string label) => new(label, label);
}
