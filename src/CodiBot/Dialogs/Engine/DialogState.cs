using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CodiBot.Conversations;

namespace CodiBot.Dialogs.Engine;

public enum DialogStage
{
    /// <summary>Waiting for the answer to <see cref="DialogState.FieldId"/>.</summary>
    Asking,
    /// <summary>Showing every answer: confirm, edit a field by number, or cancel.</summary>
    Summary,
    /// <summary>Waiting for the field number to edit.</summary>
    ChoosingEdit,
    /// <summary>"Cancel?" after much was entered.</summary>
    ConfirmCancel,
    /// <summary>Another dialog was asked for while this one is open.</summary>
    ConfirmSwitch,
    /// <summary>Free text looked like a report but named no quantity: "report this?"</summary>
    ConfirmStart,
}

/// <summary>
/// Everything about one open dialog of one conversation, stored as one JSON value so a restart continues
/// exactly where the person was.
/// </summary>
public sealed class DialogState
{
    public required string DialogId { get; set; }
    public int Version { get; set; }
    public Lang Lang { get; set; }
    public DialogStage Stage { get; set; }
    public string? FieldId { get; set; }
    public JsonObject Answers { get; set; } = [];
    /// <summary>Optional fields the person skipped (settled without an answer).</summary>
    public List<string> Skipped { get; set; } = [];
    /// <summary>Fields in the order they were settled, for "ย้อนกลับ".</summary>
    public List<string> Visited { get; set; } = [];
    /// <summary>Fields the person answered at their question (not filled in from a quick report or a default): what cancelling would lose.</summary>
    public List<string> Typed { get; set; } = [];
    /// <summary>The LINE message ids each answer came from, so an unsent message takes its answer back.</summary>
    public Dictionary<string, List<string>> Sources { get; set; } = [];
    /// <summary>Editing one field from the summary: go back to the summary after it.</summary>
    public bool ReturnToSummary { get; set; }
    public int Page { get; set; }
    /// <summary>Photos or picks gathered for the field being asked, until "เสร็จ" settles them.</summary>
    public JsonArray? Draft { get; set; }
    /// <summary>The dialog the person asked for while this one was open (<see cref="DialogStage.ConfirmSwitch"/>).</summary>
    public string? SwitchTo { get; set; }
    /// <summary>The stage to return to after a confirm-cancel/switch question is answered "continue".</summary>
    public DialogStage ResumeStage { get; set; }
    /// <summary>Correcting this stored report rather than making a new one.</summary>
    public long? ReportId { get; set; }
    /// <summary>Changing this organisation of the person (registration).</summary>
    public long? OrganisationId { get; set; }
    /// <summary>Text to act on once this dialog completes (a quick report sent before registering).</summary>
    public string? Then { get; set; }
    public List<string> SourceEventIds { get; set; } = [];
    public long StartedAt { get; set; }
    public long UpdatedAt { get; set; }

    /// <summary>Answered or skipped by the person (or filled from their quick report); an answer may exist unsettled, e.g. photos sent early.</summary>
    public bool IsSettled(string fieldId) => Visited.Contains(fieldId);

    public void Set(string fieldId, JsonNode? value, string? messageId)
    {
        Answers[fieldId] = value;
        Skipped.Remove(fieldId);
        Sources[fieldId] = messageId is null ? [] : [messageId];
        Visited.Remove(fieldId);
        Visited.Add(fieldId);
    }

    public void Skip(string fieldId)
    {
        Answers.Remove(fieldId);
        Sources.Remove(fieldId);
        if (!Skipped.Contains(fieldId)) Skipped.Add(fieldId);
        Visited.Remove(fieldId);
        Visited.Add(fieldId);
    }

    public void MarkTyped(string fieldId)
    {
        if (!Typed.Contains(fieldId)) Typed.Add(fieldId);
    }

    /// <summary>Asks the field again; its answer stays until replaced, so "คงเดิม" can keep it.</summary>
    public void Reopen(string fieldId) => Visited.Remove(fieldId);

    public void Clear(string fieldId)
    {
        Answers.Remove(fieldId);
        Skipped.Remove(fieldId);
        Sources.Remove(fieldId);
        Visited.Remove(fieldId);
        Typed.Remove(fieldId);
    }

    // Thai stays readable in the database (the state is never embedded in HTML).
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() }, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    public string ToJson() => JsonSerializer.Serialize(this, Json);
    public static DialogState FromJson(string json) => JsonSerializer.Deserialize<DialogState>(json, Json)!;
}
