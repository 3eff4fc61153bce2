using System.Text.Json.Nodes;
using CodiBot.Dialogs.Definitions;
using CodiBot.Thai;

namespace CodiBot.Dialogs.Engine;

/// <summary>
/// Answers an earlier answer already gives (a field's <c>infer_from</c>): an organisation's name usually says its type
/// and its subdistrict ("สภาองค์กรชุมชนตำบลละงู"), so the leader is not asked them again. Only a clear reading fills
/// a field, and only one not yet answered; the summary shows it, to change like any answer.
/// </summary>
static class Inference
{
    public static void FillFrom(DialogDefinition dialog, DialogState state, FieldDefinition answered, JsonNode value, string? messageId)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text)) return;
        foreach (var f in dialog.Fields.Where(f => f.InferFrom == answered.Id && !state.IsSettled(f.Id)))
        {
            JsonNode? inferred = f.Type switch
            {
                FieldType.Choice => ChoiceMatcher.Best(FieldParser.Visible(f, state), text.ToLowerInvariant()) is [var one] ? JsonValue.Create(one.Id) : null,
                FieldType.Area => ThaiAreas.FindMarked(text) is [var area] ? AreaAnswer.Value(area) : null,
                _ => null,
            };
            if (inferred is not null) state.Set(f.Id, inferred, messageId);
        }
    }
}
