using System.Text.Json.Nodes;

namespace CodiBot.Simulator;

/// <summary>What an endpoint handler answers; the pipeline writes it and records the status.</summary>
sealed record LineResult(int Status, JsonNode? Json = null, byte[]? Bytes = null, string? ContentType = null)
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static LineResult Ok(JsonNode json) => new(200, json);

    /// <summary>LINE's ErrorResponse: {"message": ..., "details": [{"message", "property"}]} (details omitted when empty).</summary>
    public static LineResult Error(int status, string message, IEnumerable<(string Message, string? Property)>? details = null)
    {
        var body = new JsonObject { ["message"] = message };
        var list = details?.ToList();
        if (list is { Count: > 0 })
            body["details"] = new JsonArray([.. list.Select(d => (JsonNode)Detail(d.Message, d.Property))]);
        return new(status, body);
    }

    static JsonObject Detail(string message, string? property)
    {
        var o = new JsonObject { ["message"] = message };
        if (property is not null) o["property"] = property;
        return o;
    }

    public static LineResult BadRequest(params (string Message, string? Property)[] details) =>
        Error(400, $"The request body has {details.Length} error(s)", details);
}

/// <summary>One incoming call as the handlers see it.</summary>
sealed record LineCall(HttpContext Http, string? Body, JsonNode? Json, RecordedRequest Record)
{
    public string Route(string name) => Http.Request.RouteValues[name]?.ToString() ?? "";
    public string? Header(string name) => Http.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
}
