using System.Text.Json.Nodes;

namespace CodiBot.Testing;

/// <summary>
/// Converts OpenAPI 3.0 component schemas to one JSON Schema 2020-12 document (<c>$defs</c>), faithfully enough to
/// validate what we send and receive:
/// <list type="bullet">
/// <item><c>$ref: #/components/schemas/X</c> becomes an absolute ref to <c>{id}#/$defs/X</c>, usable from any schema.</item>
/// <item><c>nullable: true</c> adds "null" to <c>type</c> (and to <c>enum</c>).</item>
/// <item>OpenAPI-only keywords (externalDocs, example, xml) are dropped.</item>
/// <item>Discriminators: a parent P with <c>discriminator.mapping</c> becomes two defs. <c>P__base</c> is P's own
/// constraints; <c>P</c> is P__base plus "the discriminator property is present, is one of the mapped values, and the
/// object also validates against the mapped child". Children (<c>allOf: [$ref P, …]</c>) refer to P__base, so a child
/// does not dispatch back to itself. An unmapped value therefore fails, as LINE would reject it.</item>
/// </list>
/// </summary>
static class OpenApiSchemaConverter
{
    const string ComponentPrefix = "#/components/schemas/";
    static readonly HashSet<string> Dropped = ["discriminator", "externalDocs", "example", "xml", "nullable"];

    public static JsonObject ToJsonSchemaDocument(JsonObject components, string id)
    {
        // child name → parents whose ref inside the child's allOf must point at the non-dispatching base
        var parentsOfChild = new Dictionary<string, HashSet<string>>();
        foreach (var (name, node) in components)
            foreach (var child in Mapping(node as JsonObject).Select(m => RefName(m.Target)))
                (parentsOfChild.TryGetValue(child, out var set) ? set : parentsOfChild[child] = []).Add(name);

        var defs = new JsonObject();
        foreach (var (name, node) in components)
        {
            var schema = (JsonObject)node!;
            var baseOf = parentsOfChild.GetValueOrDefault(name) ?? [];
            var converted = Convert(schema, id, baseOf);
            var mapping = Mapping(schema).ToList();
            if (mapping.Count == 0) { defs[name] = converted; continue; }

            var prop = (string)schema["discriminator"]!["propertyName"]!;
            defs[name + "__base"] = converted;
            var all = new JsonArray
            {
                new JsonObject { ["$ref"] = $"{id}#/$defs/{name}__base" },
                new JsonObject
                {
                    ["required"] = new JsonArray(prop),
                    ["properties"] = new JsonObject { [prop] = new JsonObject { ["enum"] = new JsonArray(mapping.Select(m => (JsonNode)m.Value).ToArray()) } },
                },
            };
            foreach (var (value, target) in mapping)
                all.Add(new JsonObject
                {
                    ["if"] = new JsonObject { ["properties"] = new JsonObject { [prop] = new JsonObject { ["const"] = value } }, ["required"] = new JsonArray(prop) },
                    ["then"] = new JsonObject { ["$ref"] = Ref(target, id) },
                });
            defs[name] = new JsonObject { ["allOf"] = all };
        }
        return new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["$id"] = id, ["$defs"] = defs };
    }

    /// <summary>Converts one schema (e.g. an inline request body). <paramref name="baseOf"/>: parents whose allOf refs go to P__base.</summary>
    public static JsonObject Convert(JsonObject schema, string id, IReadOnlySet<string>? baseOf = null)
    {
        var result = new JsonObject();
        foreach (var (key, value) in schema)
        {
            if (Dropped.Contains(key)) continue;
            result[key] = key switch
            {
                "$ref" => Ref((string)value!, id),
                "properties" => new JsonObject(((JsonObject)value!).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Convert((JsonObject)p.Value!, id)))),
                "items" or "not" or "additionalProperties" when value is JsonObject o => Convert(o, id),
                "allOf" => new JsonArray(((JsonArray)value!).Select(s => (JsonNode)ConvertAllOfPart((JsonObject)s!, id, baseOf)).ToArray()),
                "oneOf" or "anyOf" => new JsonArray(((JsonArray)value!).Select(s => (JsonNode)Convert((JsonObject)s!, id)).ToArray()),
                _ => value?.DeepClone(),
            };
        }
        if (schema["nullable"]?.GetValue<bool>() == true)
        {
            if (result["type"] is JsonValue t) result["type"] = new JsonArray((string)t!, "null");
            if (result["enum"] is JsonArray e) e.Add(null);
        }
        return result;
    }

    static JsonObject ConvertAllOfPart(JsonObject part, string id, IReadOnlySet<string>? baseOf) =>
        part["$ref"] is JsonValue r && baseOf?.Contains(RefName((string)r!)) == true
            ? new JsonObject { ["$ref"] = $"{id}#/$defs/{RefName((string)r!)}__base" }
            : Convert(part, id);

    static IEnumerable<(string Value, string Target)> Mapping(JsonObject? schema) =>
        schema?["discriminator"]?["mapping"] is JsonObject m ? m.Select(kv => (kv.Key, (string)kv.Value!)) : [];

    static string RefName(string reference) =>
        reference.StartsWith(ComponentPrefix, StringComparison.Ordinal) ? reference[ComponentPrefix.Length..]
            : throw new NotSupportedException($"Only refs to {ComponentPrefix}* are supported, not '{reference}'.");

    static string Ref(string reference, string id) => $"{id}#/$defs/{RefName(reference)}";
}
