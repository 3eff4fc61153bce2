using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace CodiBot.Testing;

/// <summary>
/// LINE's official OpenAPI spec as an independent oracle: what the bot sends must validate against
/// messaging-api.yml, what the tests pretend LINE sent against webhook.yml. See <see cref="OpenApiSchemaConverter"/>.
/// The files are vendored in tests/line-openapi (see its README); the build copies them next to the test binaries.
/// </summary>
public sealed class LineSpec
{
    static readonly Lazy<LineSpec> messagingApi = new(() => Load("messaging-api.yml"));
    static readonly Lazy<LineSpec> webhook = new(() => Load("webhook.yml"));

    public static LineSpec MessagingApi => messagingApi.Value;
    public static LineSpec Webhook => webhook.Value;

    readonly string _id;
    readonly EvaluationOptions _options;
    readonly List<Operation> _operations;
    readonly ConcurrentDictionary<string, JsonSchema> _named = new();

    LineSpec(string fileName, JsonObject document)
    {
        _id = $"https://codibot.test/line-openapi/{fileName}.json";
        var components = (JsonObject?)document["components"]?["schemas"] ?? [];
        var root = JsonSchema.FromText(OpenApiSchemaConverter.ToJsonSchemaDocument(components, _id).ToJsonString());
        _options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        _options.SchemaRegistry.Register(root);
        _operations = Operations(document).ToList();
    }

    /// <summary>Errors of one request (empty = valid). Anything before "/v2/" (e.g. a simulator prefix) and the query are ignored.</summary>
    public IReadOnlyList<string> ValidateRequest(string method, string path, string? jsonBody)
    {
        var p = path.Split('?')[0];
        var v2 = p.IndexOf("/v2/", StringComparison.Ordinal);
        if (v2 > 0) p = p[v2..];
        var op = _operations
            .Where(o => o.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && o.Pattern.IsMatch(p))
            .OrderBy(o => o.Template.Count(c => c == '{')) // a literal segment beats a template: /richmenu/list vs /richmenu/{id}
            .FirstOrDefault();
        if (op is null) return [$"{method.ToUpperInvariant()} {p} is not an operation in the spec."];

        var hasBody = !string.IsNullOrWhiteSpace(jsonBody);
        if (op.BodySchema is null)
            return hasBody ? [$"{op.Name}: the spec defines no JSON request body, but one was sent."] : [];
        if (!hasBody) return op.BodyRequired ? [$"{op.Name}: a JSON request body is required."] : [];
        return Validate(op.BodySchema, jsonBody!, op.Name);
    }

    /// <summary>Errors of a JSON document against a component schema, e.g. "CallbackRequest", "Event", "Message".</summary>
    public IReadOnlyList<string> ValidateSchema(string schemaName, string json)
    {
        var schema = _named.GetOrAdd(schemaName, n => JsonSchema.FromText(
            new JsonObject { ["$ref"] = $"{_id}#/$defs/{n}" }.ToJsonString()));
        return Validate(schema, json, schemaName);
    }

    IReadOnlyList<string> Validate(JsonSchema schema, string json, string what)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(json); }
        catch (JsonException ex) { return [$"{what}: not JSON: {ex.Message}"]; }
        var result = schema.Evaluate(node, _options);
        if (result.IsValid) return [];
        var errors = (result.Details ?? [])
            // A failing "if" only selects a branch; it is not an error of the document.
            .Where(d => d.Errors is { Count: > 0 } && !IsIfBranch(d.EvaluationPath.ToString()))
            .SelectMany(d => d.Errors!.Select(e => $"{what} {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : [$"{what}: invalid"];
    }

    static bool IsIfBranch(string path) => path.EndsWith("/if", StringComparison.Ordinal) || path.Contains("/if/", StringComparison.Ordinal);

    IEnumerable<Operation> Operations(JsonObject document)
    {
        foreach (var (template, item) in (JsonObject?)document["paths"] ?? [])
            foreach (var (method, opNode) in (JsonObject)item!)
            {
                if (method is not ("get" or "post" or "put" or "delete" or "patch") || opNode is not JsonObject op) continue;
                var body = op["requestBody"] as JsonObject;
                var jsonSchema = body?["content"]?["application/json"]?["schema"] as JsonObject;
                yield return new Operation(
                    method, template, (string?)op["operationId"] ?? template,
                    new Regex("^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$"),
                    jsonSchema is null ? null : JsonSchema.FromText(OpenApiSchemaConverter.Convert(jsonSchema, _id).ToJsonString()),
                    body?["required"]?.GetValue<bool>() == true);
            }
    }

    static LineSpec Load(string fileName) =>
        new(fileName, (JsonObject)YamlJson.Load(Path.Combine(AppContext.BaseDirectory, "line-openapi", fileName))!);

    sealed record Operation(string Method, string Template, string Name, Regex Pattern, JsonSchema? BodySchema, bool BodyRequired);
}
