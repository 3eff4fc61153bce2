using System.Globalization;
using CodiBot.Dialogs.Definitions;
using YamlDotNet.RepresentationModel;

namespace CodiBot.Dialogs.Loading;

/// <summary>Reads typed values from a YAML mapping and reports every mistake with its file and line.</summary>
sealed class YamlReader(string file)
{
    public DialogFileException Error(YamlNode node, string problem) => new(file, (int)node.Start.Line, problem);

    public YamlMappingNode Map(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping (key: value lines)");

    /// <summary>Rejects keys the format does not know, so a typo ("requird") is an error rather than silently ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode { Value: { } k } && !allowed.Contains(k))
                throw Error(key, $"{what}: unknown key '{k}' (allowed: {string.Join(", ", allowed)})");
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public string? Text(YamlMappingNode map, string key, string what, bool required = false)
    {
        var node = Get(map, key);
        if (node is null)
            return required ? throw Error(map, $"{what}: '{key}' is required") : null;
        if (node is not YamlScalarNode s || string.IsNullOrWhiteSpace(s.Value))
            throw Error(node, $"{what}: '{key}' must be a non-empty text");
        return s.Value.Trim();
    }

    public int? Int(YamlMappingNode map, string key, string what)
    {
        var t = Text(map, key, what);
        if (t is null) return null;
        return int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v : throw Error(Get(map, key)!, $"{what}: '{key}' must be a whole number, not '{t}'");
    }

    public decimal? Number(YamlMappingNode map, string key, string what)
    {
        var t = Text(map, key, what);
        if (t is null) return null;
        return decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : throw Error(Get(map, key)!, $"{what}: '{key}' must be a number, not '{t}'");
    }

    public bool Bool(YamlMappingNode map, string key, string what, bool fallback)
    {
        var t = Text(map, key, what);
        return t switch
        {
            null => fallback,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(Get(map, key)!, $"{what}: '{key}' must be true or false, not '{t}'"),
        };
    }

    public IReadOnlyList<string> Texts(YamlMappingNode map, string key, string what)
    {
        var node = Get(map, key);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq) throw Error(node, $"{what}: '{key}' must be a list");
        return seq.Children.Select(c => c is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)
            ? v.Trim() : throw Error(c, $"{what}: every item of '{key}' must be a non-empty text")).ToList();
    }

    public IEnumerable<YamlMappingNode> Maps(YamlMappingNode map, string key, string what, bool required = false)
    {
        var node = Get(map, key);
        if (node is null)
            return required ? throw Error(map, $"{what}: '{key}' is required") : [];
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
            throw Error(node, $"{what}: '{key}' must be a non-empty list");
        return seq.Children.Select(c => Map(c, $"{what}: an item of '{key}'")).ToList();
    }

    /// <summary>Either a plain Thai text or a mapping with th (required) and en.</summary>
    public Localized? Localized(YamlMappingNode map, string key, string what, bool required = false)
    {
        var node = Get(map, key);
        if (node is null)
            return required ? throw Error(map, $"{what}: '{key}' is required") : null;
        if (node is YamlScalarNode { Value: { Length: > 0 } plain })
            return string.IsNullOrWhiteSpace(plain) ? throw Error(node, $"{what}: '{key}' must be a non-empty text") : new Localized(plain.Trim());
        var m = Map(node, $"{what}: '{key}'");
        OnlyKeys(m, $"{what}: '{key}'", "th", "en");
        return new Localized(Text(m, "th", $"{what}: '{key}'", required: true)!, Text(m, "en", $"{what}: '{key}'"));
    }
}
