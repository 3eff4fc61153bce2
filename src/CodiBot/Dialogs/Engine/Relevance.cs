using System.Text.Json.Nodes;
using CodiBot.Dialogs.Definitions;

namespace CodiBot.Dialogs.Engine;

/// <summary>Evaluates "ask only when" conditions against the answers so far.</summary>
public static class Relevance
{
    public static bool Holds(Condition? condition, DialogState state) => Holds(condition, state.Answers);

    public static bool Holds(Condition? condition, JsonObject answers)
    {
        if (condition is null) return true;
        var answer = answers[condition.Field];
        if (condition.Answered is { } answered && answered != (answer is not null)) return false;
        var ids = answer switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            JsonArray a => a.Select(x => x is JsonValue xv && xv.TryGetValue<string>(out var s) ? s : "").ToList(),
            _ => new List<string>(),
        };
        if (condition.In is { } @in && !ids.Any(@in.Contains)) return false;
        if (condition.NotIn is { } notIn && ids.Any(notIn.Contains)) return false;
        return true;
    }

    public static bool IsRelevant(FieldDefinition field, DialogState state) => Holds(field.When, state);
}
