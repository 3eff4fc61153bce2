using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CodiBot.Conversations;
using CodiBot.Dialogs.Definitions;
using CodiBot.Thai;

namespace CodiBot.Dialogs.Engine;

/// <summary>
/// Runs a dialog definition one turn at a time: ask a field, check the answer (or say specifically what is
/// wanted), move on; back, cancel, edit from the summary, and confirm. Pure: state in, state and messages out.
/// </summary>
public sealed partial class DialogEngine(DialogCatalog catalog)
{
    /// <summary>Cancelling after this many answers asks first: that much typing is worth a second tap.</summary>
    const int ConfirmCancelAfter = 3;

    public DialogOutcome Start(DialogDefinition dialog, DialogContext ctx, string eventId, DialogStart? start = null)
    {
        start ??= new DialogStart();
        var state = new DialogState
        {
            DialogId = dialog.Id, Version = dialog.Version, Lang = ctx.Lang, StartedAt = ctx.Now, UpdatedAt = ctx.Now,
            SourceEventIds = [eventId], ReportId = start.ReportId, OrganisationId = start.OrganisationId, Then = start.Then,
        };
        foreach (var (id, value) in start.Answers)
            if (dialog.Field(id) is { } f)
            {
                if (value is null) { if (!f.Required) state.Skip(id); }
                else state.Set(id, value.DeepClone(), start.MessageId);
            }
        if (dialog.Fields.FirstOrDefault(f => f.Type == FieldType.Organisation) is { } orgField && !state.IsSettled(orgField.Id) && ctx.Organisations.Count == 1)
            state.Set(orgField.Id, AnswerValues.Organisation(ctx.Organisations[0]), null);
        if (start.HeldPhotos.Count > 0 && dialog.Fields.FirstOrDefault(f => f.Type == FieldType.Photos) is { } photoField)
            state.Answers[photoField.Id] = new JsonArray(start.HeldPhotos.Take(MaxPhotos(photoField)).Select(p => (JsonNode)AnswerValues.Photo(p)).ToArray());

        if (start.Quick) FillForQuickReport(dialog, state, ctx);
        // A stored report or registration shown for correction: what was left empty was skipped then.
        if (start.AtSummary)
            foreach (var f in dialog.Fields.Where(f => !f.Required && !state.IsSettled(f.Id))) state.Skip(f.Id);
        if (start.AtSummary) return ShowSummary(dialog, state, ctx, start.Intro);
        if (start.Offer)
        {
            state.Stage = DialogStage.ConfirmStart;
            return new DialogOutcome(state, [Offer(dialog, state)]);
        }
        return Advance(dialog, state, ctx, start.Intro);
    }

    public DialogOutcome Handle(DialogDefinition dialog, DialogState state, DialogInput input, DialogContext ctx)
    {
        state.UpdatedAt = ctx.Now;
        if (!state.SourceEventIds.Contains(input.EventId)) state.SourceEventIds.Add(input.EventId);
        if (input is UnsendInput unsend) return Unsend(dialog, state, unsend, ctx);
        var text = input is TextInput t ? Router.Normalize(t.Text) : null;

        switch (state.Stage)
        {
            case DialogStage.ConfirmCancel:
                if (text is not null && (DialogWords.IsYes(text) || DialogWords.IsCancel(text))) return Cancelled(state);
                state.Stage = state.ResumeStage;
                return Resume(dialog, state, ctx);
            case DialogStage.ConfirmSwitch:
                if (text is not null && DialogWords.IsCancel(text)) return Cancelled(state);
                // Only the other form's own phrase (its button) switches; anything else unclear asks again.
                if (text is not null && state.SwitchTo is { } next && catalog.Find(next) is { } other && catalog.FindByStart(text)?.Id == next)
                    return Start(other, ctx with { Lang = state.Lang }, input.EventId);
                if (text is not null && !(DialogWords.IsContinue(text) || DialogWords.IsNo(text) || DialogWords.IsBack(text)))
                    return new DialogOutcome(state, [SwitchQuestion(dialog, state, DialogTexts.SwitchHelp(state.Lang))]);
                state.Stage = state.ResumeStage;
                return Resume(dialog, state, ctx);
            case DialogStage.ConfirmStart:
                return AtOffer(dialog, state, input, text, ctx);
        }

        if (text is not null)
        {
            if (DialogWords.IsCancel(text)) return Cancel(state);
            if (catalog.FindByStart(text) is { } asked && state.Stage != DialogStage.ChoosingEdit)
                return asked.Id == dialog.Id ? Resume(dialog, state, ctx) : AskSwitch(dialog, state, asked);
        }
        return state.Stage switch
        {
            DialogStage.Summary => AtSummary(dialog, state, input, text, ctx),
            DialogStage.ChoosingEdit => ChoosingEdit(dialog, state, text, ctx),
            _ => Asking(dialog, state, input, text, ctx),
        };
    }

    /// <summary>
    /// "Report this?": yes goes on (usually straight to the summary), a bare count answers the quantity too, no says what
    /// to do instead; any other text closes the offer and is handled as if just sent.
    /// </summary>
    DialogOutcome AtOffer(DialogDefinition dialog, DialogState state, DialogInput input, string? text, DialogContext ctx)
    {
        var lang = state.Lang;
        if (text is null) return new DialogOutcome(null, []);
        if (DialogWords.IsYes(text) && !DialogWords.IsNo(text)) return Advance(dialog, state, ctx);
        if (DialogWords.IsNo(text) || DialogWords.IsCancel(text))
            return new DialogOutcome(null, [new BotMessage(DialogTexts.NotAReport(lang), catalog.ReportMenu(lang))]);
        if (DialogWords.IsHelp(text)) return new DialogOutcome(state, [Offer(dialog, state, DialogTexts.OfferHelp(lang))]);
        var raw = ((TextInput)input).Text;
        if (dialog.Fields.FirstOrDefault(f => f.Type == FieldType.Quantity && Relevance.IsRelevant(f, state)) is { } quantity
            && QuickReportReader.Read(dialog, raw, ctx.Today) is null
            && FieldParser.Parse(dialog, quantity, state, raw, ctx, lang) is Accepted counted)
        {
            state.Set(quantity.Id, counted.Value, input.MessageId);
            state.MarkTyped(quantity.Id);
            return Advance(dialog, state, ctx);
        }
        return new DialogOutcome(null, [], Then: raw);
    }

    BotMessage Offer(DialogDefinition dialog, DialogState state, string? before = null)
    {
        var lang = state.Lang;
        var activity = QuickReportReader.CategoryField(dialog) is { } f && state.Answers[f.Id] is JsonValue v
            ? AnswerValues.ChoiceLabel(f, v.GetValue<string>(), lang) : dialog.Title.For(lang);
        var text = DialogTexts.Offer(activity, lang);
        return new BotMessage(before is null ? text : before + "\n" + text, DialogTexts.OfferChoices(lang));
    }

    /// <summary>The question now waiting, asked again unchanged (after answering a command typed meanwhile).</summary>
    public IReadOnlyList<BotMessage> Repeat(DialogDefinition dialog, DialogState state, DialogContext ctx) => state.Stage switch
    {
        DialogStage.ConfirmStart => [Offer(dialog, state)],
        DialogStage.ConfirmCancel => [CancelQuestion(state)],
        DialogStage.ConfirmSwitch => [SwitchQuestion(dialog, state)],
        DialogStage.Summary or DialogStage.ChoosingEdit => [Summary.Show(dialog, state)],
        _ when state.FieldId is { } id && dialog.Field(id) is { } f => [Prompts.Ask(dialog, f, state, ctx)],
        _ => [Summary.Show(dialog, state)],
    };

    DialogOutcome Asking(DialogDefinition dialog, DialogState state, DialogInput input, string? text, DialogContext ctx)
    {
        var field = state.FieldId is { } id ? dialog.Field(id) : null;
        if (field is null) return Advance(dialog, state, ctx);
        var en = state.Lang == Lang.En;

        if (input is PhotoInput photo) return field.Type == FieldType.Photos ? AddPhoto(dialog, state, field, photo, ctx) : KeepPhotoForLater(dialog, state, field, photo, ctx);
        if (input is LocationInput loc)
        {
            if (field.Type != FieldType.Location) return Retry(dialog, state, field, ctx, en ? "A location is not what this question needs." : "ข้อนี้ยังไม่ต้องส่งตำแหน่งค่ะ");
            state.Set(field.Id, AnswerValues.Location(loc.Latitude, loc.Longitude, loc.Address is { } a ? Graphemes.Clip(a, FieldParser.MaxLength(field)) : null), loc.MessageId);
            state.MarkTyped(field.Id);
            return Advance(dialog, state, ctx);
        }
        if (text is null) return Retry(dialog, state, field, ctx, en ? "Please answer in text or with the buttons." : "กรุณาตอบเป็นข้อความ หรือเลือกจากปุ่มค่ะ");
        var raw = ((TextInput)input).Text;

        if (DialogWords.IsBack(text)) return Back(dialog, state, ctx);
        if (DialogWords.IsHelp(text))
            return Retry(dialog, state, field, ctx, field.Help?.For(state.Lang) ?? (en ? "Answer the question below, or type \"cancel\" to stop." : "ตอบคำถามด้านล่าง หรือพิมพ์ \"ยกเลิก\" เพื่อหยุดค่ะ"));
        if (DialogWords.IsKeep(text) && (state.Answers[field.Id] is not null || state.Skipped.Contains(field.Id)))
        {
            if (state.Answers[field.Id] is null) state.Skip(field.Id); else state.Visited.Add(field.Id);
            return Advance(dialog, state, ctx);
        }
        if (field.Type is FieldType.Choice or FieldType.MultiChoice && Paging(text) is { } step)
        {
            state.Page = Math.Max(0, state.Page + step);
            return new DialogOutcome(state, [Prompts.Ask(dialog, field, state, ctx)]);
        }
        if (field.Type == FieldType.Confirm && (DialogWords.IsYes(text) || DialogWords.IsNo(text)))
        {
            var yes = DialogWords.IsYes(text) && !DialogWords.IsNo(text);
            if (!yes && field.MustAccept)
                return new DialogOutcome(null, [new BotMessage(field.Refusal?.For(state.Lang) ?? (en ? "Understood; nothing was stored." : "รับทราบค่ะ ไม่มีการเก็บข้อมูลใด ๆ"), Texts.MainMenu(state.Lang))]);
            state.Set(field.Id, JsonValue.Create(yes), input.MessageId);
            state.MarkTyped(field.Id);
            return Advance(dialog, state, ctx);
        }
        if (field.Type is FieldType.Photos or FieldType.MultiChoice && DialogWords.IsDone(text))
            return Finish(dialog, state, field, ctx);
        if (DialogWords.IsSkip(text))
        {
            if (field.Required)
                return Retry(dialog, state, field, ctx, en ? "This one is needed for the report, so it cannot be skipped." : "ข้อนี้จำเป็นสำหรับรายงาน ข้ามไม่ได้ค่ะ");
            if (field.Type is FieldType.Photos or FieldType.MultiChoice && state.Draft is { Count: > 0 }) return Finish(dialog, state, field, ctx);
            state.Skip(field.Id);
            return Advance(dialog, state, ctx);
        }

        // A tap on a multi-choice button is that one choice alone: in, or out again if picked; the list stays open until "เสร็จ".
        if (field.Type == FieldType.MultiChoice && IsButtonText(field, text, state.Lang)
            && ChoiceMatcher.Exact(FieldParser.Visible(field, state), text) is [var tapped])
        {
            state.Draft ??= [];
            if (state.Draft.FirstOrDefault(x => x!.GetValue<string>() == tapped.Id) is { } picked) state.Draft.Remove(picked);
            else state.Draft.Add(tapped.Id);
            AddSource(state, field, input);
            return new DialogOutcome(state, [Prompts.Ask(dialog, field, state, ctx)]);
        }

        switch (FieldParser.Parse(dialog, field, state, raw, ctx, state.Lang))
        {
            case Rejected r:
                return Retry(dialog, state, field, ctx, r.Retry, r.Options);
            case Accepted a when field.Type == FieldType.MultiChoice:
                // A typed list ("อสม. กับ อบต.") is complete.
                state.Draft ??= [];
                foreach (var pick in a.Value.AsArray().Select(x => x!.GetValue<string>()))
                    if (!state.Draft.Any(x => x!.GetValue<string>() == pick)) state.Draft.Add(pick);
                AddSource(state, field, input);
                return Finish(dialog, state, field, ctx);
            case Accepted a:
                state.Set(field.Id, a.Value, input.MessageId);
                state.MarkTyped(field.Id);
                Inference.FillFrom(dialog, state, field, a.Value, input.MessageId);
                // A described activity ("เย็บหน้ากากแจก 500 ชิ้น") also answers what comes next, whether typed for the
                // activity or for its description; a tapped button does not.
                if (dialog.QuickReport && (field.Type == FieldType.Choice || field.Type == FieldType.Text && field.Required) && !IsButtonText(field, text, state.Lang))
                {
                    QuickReportReader.FillFromText(dialog, state, raw, ctx.Today, input.MessageId, onlyUnsettled: true);
                    foreach (var (filled, sources) in state.Sources)
                        if (input.MessageId is not null && sources.Contains(input.MessageId)) state.MarkTyped(filled);
                }
                return Advance(dialog, state, ctx);
        }
        return Advance(dialog, state, ctx);
    }

    static void AddSource(DialogState state, FieldDefinition field, DialogInput input) =>
        state.Sources[field.Id] = [.. state.Sources.GetValueOrDefault(field.Id) ?? [], .. input.MessageId is null ? [] : new[] { input.MessageId }];

    static bool IsButtonText(FieldDefinition field, string text, Lang lang) =>
        field.ChoiceList.Any(c => ChoiceMatcher.Compact(c.Label.For(lang)) == ChoiceMatcher.Compact(text));

    static int? Paging(string text) => text switch
    {
        "ถัดไป" or "more" or "next" or "ถัดไป ▶" => 1,
        "ก่อนหน้า" or "previous" or "◀ ก่อนหน้า" => -1,
        _ => null,
    };

    DialogOutcome Finish(DialogDefinition dialog, DialogState state, FieldDefinition field, DialogContext ctx)
    {
        if (state.Draft is { Count: > 0 } draft) { state.Set(field.Id, draft.DeepClone(), null); state.MarkTyped(field.Id); }
        else if (field.Required) return Retry(dialog, state, field, ctx, state.Lang == Lang.En ? "Please add at least one first." : "กรุณาเพิ่มอย่างน้อย 1 รายการก่อนค่ะ");
        else state.Skip(field.Id);
        state.Sources[field.Id] = DraftSources(state);
        return Advance(dialog, state, ctx);
    }

    static List<string> DraftSources(DialogState state) =>
        state.Draft?.Select(p => p is JsonObject o ? o["message"]?.GetValue<string>() : null).OfType<string>().ToList() ?? [];

    static int MaxPhotos(FieldDefinition field) => (int)(field.Constraints?.Max ?? 5);

    DialogOutcome AddPhoto(DialogDefinition dialog, DialogState state, FieldDefinition field, PhotoInput photo, DialogContext ctx)
    {
        var en = state.Lang == Lang.En;
        state.Draft ??= [];
        var max = MaxPhotos(field);
        string? note = null;
        if (photo.Photo is null) note = photo.Problem;
        else if (state.Draft.Count >= max) note = en ? $"Only {max} photos fit in one report; the extra ones were not added." : $"แนบได้สูงสุด {max} รูปต่อรายงานค่ะ รูปที่เกินไม่ได้แนบ";
        else state.Draft.Add(AnswerValues.Photo(photo.Photo));
        if (state.Draft.Count >= max && photo.LastOfSet) return Finish(dialog, state, field, ctx);
        if (!photo.LastOfSet) return new DialogOutcome(state, []);
        var left = max - state.Draft.Count;
        var status = en ? $"📷 {state.Draft.Count} photo(s) received. Send up to {left} more, or tap \"Done\"."
                        : $"📷 ได้รับแล้ว {state.Draft.Count} รูป ส่งเพิ่มได้อีก {left} รูป หรือกด \"เสร็จ\"";
        return new DialogOutcome(state, [new BotMessage(note is null ? status : note + "\n" + status, Prompts.Choices(dialog, field, state, ctx))]);
    }

    /// <summary>Photos sent before the photo question are kept for it rather than refused.</summary>
    DialogOutcome KeepPhotoForLater(DialogDefinition dialog, DialogState state, FieldDefinition field, PhotoInput photo, DialogContext ctx)
    {
        var en = state.Lang == Lang.En;
        var photoField = dialog.Fields.FirstOrDefault(f => f.Type == FieldType.Photos);
        if (photoField is null || photo.Photo is null)
            return photo.LastOfSet ? Retry(dialog, state, field, ctx, photo.Problem ?? (en ? "This report takes no photos." : "รายงานนี้ไม่ต้องแนบรูปค่ะ")) : new DialogOutcome(state, []);
        var list = AttachPhoto(state, photoField, photo.Photo);
        if (!photo.LastOfSet) return new DialogOutcome(state, []);
        return Retry(dialog, state, field, ctx, en ? $"📷 Got it: {list.Count} photo(s) kept for this report." : $"📷 ได้รับรูปแล้ว เก็บไว้แนบกับรายงานนี้ ({list.Count} รูป)");
    }

    /// <summary>Adds a photo to the photo field's answer (up to its maximum) outside the photo question itself.</summary>
    static JsonArray AttachPhoto(DialogState state, FieldDefinition photoField, PhotoAnswer photo)
    {
        if (state.Answers[photoField.Id] is not JsonArray list) state.Answers[photoField.Id] = list = [];
        if (list.Count < MaxPhotos(photoField)) list.Add(AnswerValues.Photo(photo));
        state.Skipped.Remove(photoField.Id);
        state.Sources[photoField.Id] = list.Select(p => p!["message"]?.GetValue<string>()).OfType<string>().ToList();
        return list;
    }

    DialogOutcome AtSummary(DialogDefinition dialog, DialogState state, DialogInput input, string? text, DialogContext ctx)
    {
        var en = state.Lang == Lang.En;
        if (input is PhotoInput photo && dialog.Fields.FirstOrDefault(f => f.Type == FieldType.Photos) is { } photoField && photo.Photo is not null)
        {
            AttachPhoto(state, photoField, photo.Photo);
            if (!state.IsSettled(photoField.Id)) state.Visited.Add(photoField.Id);
            return photo.LastOfSet ? ShowSummary(dialog, state, ctx, en ? "📷 Photo added." : "📷 เพิ่มรูปแล้วค่ะ") : new DialogOutcome(state, []);
        }
        if (text is null) return ShowSummary(dialog, state, ctx);
        if (DialogWords.IsYes(text) && !DialogWords.IsNo(text))
            return new DialogOutcome(null, [], new Completion(state, dialog), state.Then);
        if (DialogWords.IsBack(text))
        {
            var last = Summary.Shown(dialog, state).LastOrDefault();
            return last is null ? ShowSummary(dialog, state, ctx) : AskField(dialog, state, last, ctx, returnToSummary: true);
        }
        if (EditNumber(text) is { } n) return Edit(dialog, state, n, ctx);
        if (DialogWords.IsEdit(text))
        {
            state.Stage = DialogStage.ChoosingEdit;
            return new DialogOutcome(state, [Summary.ChooseEdit(dialog, state)]);
        }
        return ShowSummary(dialog, state, ctx, en ? "Please tap \"Confirm\", \"Edit\" or \"Cancel\"." : "กด \"ยืนยัน\" เพื่อส่ง \"แก้ไข\" หรือ \"ยกเลิก\" ค่ะ");
    }

    DialogOutcome ChoosingEdit(DialogDefinition dialog, DialogState state, string? text, DialogContext ctx)
    {
        if (text is not null && DialogWords.IsBack(text)) return ShowSummary(dialog, state, ctx);
        if (text is not null && (EditNumber(text) ?? ByLabel(dialog, state, text)) is { } n) return Edit(dialog, state, n, ctx);
        return new DialogOutcome(state, [Summary.ChooseEdit(dialog, state)]);
    }

    static int? ByLabel(DialogDefinition dialog, DialogState state, string text)
    {
        var shown = Summary.Editable(dialog, state);
        var i = shown.ToList().FindIndex(f => ChoiceMatcher.Compact(f.Label.For(state.Lang)) == ChoiceMatcher.Compact(text));
        return i < 0 ? null : i + 1;
    }

    DialogOutcome Edit(DialogDefinition dialog, DialogState state, int number, DialogContext ctx)
    {
        var shown = Summary.Editable(dialog, state);
        if (number < 1 || number > shown.Count)
            return ShowSummary(dialog, state, ctx, state.Lang == Lang.En ? $"There is no item {number}; pick 1–{shown.Count}." : $"ไม่มีข้อ {number} ค่ะ เลือกข้อ 1–{shown.Count}");
        return AskField(dialog, state, shown[number - 1], ctx, returnToSummary: true);
    }

    /// <summary>"แก้ 3", "แก้ข้อ 3", "edit 3", "ข้อ 3" or just "3".</summary>
    static int? EditNumber(string text)
    {
        var m = EditPattern().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    DialogOutcome AskField(DialogDefinition dialog, DialogState state, FieldDefinition field, DialogContext ctx, bool returnToSummary, string? before = null)
    {
        state.ReturnToSummary = returnToSummary;
        state.Reopen(field.Id);
        state.Stage = DialogStage.Asking;
        state.FieldId = field.Id;
        state.Page = 0;
        state.Draft = field.Type is FieldType.Photos or FieldType.MultiChoice ? state.Answers[field.Id]?.DeepClone() as JsonArray : null;
        return new DialogOutcome(state, [Prompts.Ask(dialog, field, state, ctx, before)]);
    }

    DialogOutcome Back(DialogDefinition dialog, DialogState state, DialogContext ctx)
    {
        var previous = state.Visited.LastOrDefault(id => dialog.Field(id) is { } f && Relevance.IsRelevant(f, state) && id != state.FieldId);
        if (previous is null)
            return Retry(dialog, state, dialog.Field(state.FieldId!)!, ctx, state.Lang == Lang.En ? "This is the first question." : "นี่คือข้อแรกแล้วค่ะ");
        return AskField(dialog, state, dialog.Field(previous)!, ctx, returnToSummary: false);
    }

    /// <summary>Moves to the first field that applies and is not yet settled, or to the summary.</summary>
    DialogOutcome Advance(DialogDefinition dialog, DialogState state, DialogContext ctx, string? before = null)
    {
        Reconcile(dialog, state);
        var next = dialog.Fields.FirstOrDefault(f => Relevance.IsRelevant(f, state) && !state.IsSettled(f.Id));
        if (next is null) return ShowSummary(dialog, state, ctx, before);
        return AskField(dialog, state, next, ctx, state.ReturnToSummary, before);
    }

    /// <summary>An edit can make an earlier choice impossible (another programme, other indicators): ask it again.</summary>
    static void Reconcile(DialogDefinition dialog, DialogState state)
    {
        foreach (var f in dialog.Fields.Where(f => f.Type == FieldType.Choice && state.Answers[f.Id] is JsonValue))
            if (FieldParser.Visible(f, state).All(c => c.Id != state.Answers[f.Id]!.GetValue<string>()))
                state.Clear(f.Id);
    }

    DialogOutcome ShowSummary(DialogDefinition dialog, DialogState state, DialogContext ctx, string? before = null)
    {
        state.Stage = DialogStage.Summary;
        state.FieldId = null;
        state.ReturnToSummary = false;
        state.Draft = null;
        return new DialogOutcome(state, [Summary.Show(dialog, state, before)]);
    }

    DialogOutcome Resume(DialogDefinition dialog, DialogState state, DialogContext ctx) => state.Stage switch
    {
        DialogStage.Summary or DialogStage.ChoosingEdit => ShowSummary(dialog, state, ctx),
        _ when state.FieldId is { } id && dialog.Field(id) is { } f => new DialogOutcome(state, [Prompts.Ask(dialog, f, state, ctx)]),
        _ => Advance(dialog, state, ctx),
    };

    DialogOutcome Retry(DialogDefinition dialog, DialogState state, FieldDefinition field, DialogContext ctx, string why, IReadOnlyList<Choice>? options = null)
    {
        var prompt = Prompts.Ask(dialog, field, state, ctx, why);
        return new DialogOutcome(state, [options is { Count: > 0 } ? prompt with { Choices = [.. options.Take(11), .. prompt.Choices!.Where(c => c.Text == DialogWords.Cancel(state.Lang))] } : prompt]);
    }

    /// <summary>Answers the person typed at their questions: only those are "lost" by cancelling (not a quick report's fill).</summary>
    static int Typed(DialogState state) => state.Typed.Count(id => state.Answers[id] is not null);

    DialogOutcome Cancel(DialogState state)
    {
        if (Typed(state) < ConfirmCancelAfter) return Cancelled(state);
        state.ResumeStage = state.Stage;
        state.Stage = DialogStage.ConfirmCancel;
        return new DialogOutcome(state, [CancelQuestion(state)]);
    }

    static BotMessage CancelQuestion(DialogState state)
    {
        var en = state.Lang == Lang.En;
        var answered = Typed(state);
        return new BotMessage(
            en ? $"Cancel this report? The {answered} answers you typed will be lost." : $"ยกเลิกรายการนี้ใช่ไหมคะ คำตอบที่พิมพ์ไว้ {answered} ข้อจะหายไป",
            [new(en ? "Yes, cancel" : "ใช่ ยกเลิก", DialogWords.Yes(state.Lang)), new(en ? "Continue" : "ทำต่อ", DialogWords.Continue(state.Lang))]);
    }

    static DialogOutcome Cancelled(DialogState state) => new(null, [new BotMessage(
        state.Lang == Lang.En ? "Cancelled; nothing was saved. What would you like to do next?" : "ยกเลิกแล้วค่ะ ไม่มีการบันทึก ต้องการทำอะไรต่อคะ", Texts.MainMenu(state.Lang))]);

    DialogOutcome AskSwitch(DialogDefinition current, DialogState state, DialogDefinition asked)
    {
        state.ResumeStage = state.Stage;
        state.Stage = DialogStage.ConfirmSwitch;
        state.SwitchTo = asked.Id;
        return new DialogOutcome(state, [SwitchQuestion(current, state)]);
    }

    BotMessage SwitchQuestion(DialogDefinition current, DialogState state, string? before = null)
    {
        var en = state.Lang == Lang.En;
        var asked = catalog.Find(state.SwitchTo ?? "") ?? current;
        var text = en ? $"You have not finished \"{current.Title.For(state.Lang)}\" yet. Continue it, or start \"{asked.Title.For(state.Lang)}\" instead (the unfinished one is dropped)?"
                      : $"ยังทำ \"{current.Title.For(state.Lang)}\" ไม่เสร็จค่ะ จะทำต่อ หรือเริ่ม \"{asked.Title.For(state.Lang)}\" แทน (อันเดิมจะถูกยกเลิก)";
        return new BotMessage(before is null ? text : before + "\n" + text,
            [new(en ? "Continue" : "ทำต่อ", DialogWords.Continue(state.Lang)), new((en ? "Start " : "เริ่ม") + asked.Title.For(state.Lang), asked.Starts.FirstOrDefault() ?? asked.Id)]);
    }

    /// <summary>An unsent message takes back what it answered; the dialog asks again when it gets there.</summary>
    DialogOutcome Unsend(DialogDefinition dialog, DialogState state, UnsendInput unsend, DialogContext ctx)
    {
        var id = unsend.UnsentMessageId;
        // Photos carry their own message id: only those go, wherever they wait.
        foreach (var list in state.Answers.Select(a => a.Value).Append(state.Draft).OfType<JsonArray>())
            foreach (var p in list.Where(p => p is JsonObject o && o["message"]?.GetValue<string>() == id).ToList()) list.Remove(p);
        // Any other answer the message gave goes whole; a photo field keeps the photos other messages gave.
        foreach (var (fieldId, sources) in state.Sources.ToList())
            if (sources.Remove(id) && !(dialog.Field(fieldId)?.Type == FieldType.Photos && state.Answers[fieldId] is JsonArray { Count: > 0 }))
                state.Clear(fieldId);
        // Silent: LINE sends no reply token with unsend, and a push would cost quota for no news.
        if (state.Stage == DialogStage.Summary && dialog.Fields.Any(f => Relevance.IsRelevant(f, state) && !state.IsSettled(f.Id)))
            state.Stage = DialogStage.Asking;
        return new DialogOutcome(state, []);
    }

    void FillForQuickReport(DialogDefinition dialog, DialogState state, DialogContext ctx)
    {
        foreach (var f in dialog.Fields.Where(f => !state.IsSettled(f.Id)))
        {
            if (f.Type == FieldType.Date && f.Default is "today" or "yesterday")
                state.Set(f.Id, JsonValue.Create((f.Default == "today" ? ctx.Today : ctx.Today.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), null);
            else if (f.Type == FieldType.Photos && state.Answers[f.Id] is JsonArray { Count: > 0 } held)
                state.Set(f.Id, held, null);
            else if (f.Default is { } d && f.Type == FieldType.Choice)
                state.Set(f.Id, JsonValue.Create(d), null);
            else if (!f.Required)
                state.Skip(f.Id);
        }
    }

    [GeneratedRegex(@"^(?:(?:แก้ไข|แก้|edit|change)\s*)?(?:ข้อ\s*|no\.?\s*|#)?([0-9]{1,2})$")] private static partial Regex EditPattern();
}

/// <summary>How a dialog begins: with answers already known (quick report, correction), at the summary, or as an offer.</summary>
public sealed record DialogStart
{
    public JsonObject Answers { get; init; } = [];
    public string? MessageId { get; init; }
    public bool Quick { get; init; }
    public bool AtSummary { get; init; }
    /// <summary>Offer the report ("ต้องการส่งเป็นรายงาน … ใช่ไหมคะ") rather than start it: the text named an activity but no count.</summary>
    public bool Offer { get; init; }
    public string? Intro { get; init; }
    public IReadOnlyList<PhotoAnswer> HeldPhotos { get; init; } = [];
    public long? ReportId { get; init; }
    public long? OrganisationId { get; init; }
    public string? Then { get; init; }
}
