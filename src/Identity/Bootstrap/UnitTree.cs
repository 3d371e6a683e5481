using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Platform.Identity.Administration;

namespace Platform.Identity.Bootstrap;

/// <summary>
/// A unit tree file for the bootstrap: one root (usually the city) with nested <c>children</c>,
/// each node <c>{ "code", "name", "kind", "children" }</c>; kinds as in the API (<c>CITY</c>,
/// <c>DISTRICT</c>, <c>TOWNSHIP</c>, <c>COMMITTEE</c>, <c>GRID</c>, <c>DEPARTMENT</c>).
/// </summary>
public sealed class UnitTree
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public List<UnitTree> Children { get; set; } = [];

    public static UnitTree Parse(string json) =>
        JsonSerializer.Deserialize<UnitTree>(json, Json) ?? throw new InvalidDataException("The unit tree file is empty.");

    /// <summary>Every node with its path, parents before children; throws on a bad code, name or kind.</summary>
    public IReadOnlyList<(string Path, UnitTree Node)> Flatten()
    {
        var nodes = new List<(string, UnitTree)>();
        Walk(this, "/", parent: null, nodes);
        return nodes;
    }

    private static void Walk(UnitTree node, string parentPath, UnitTree? parent, List<(string, UnitTree)> nodes)
    {
        if (!UnitPath.IsValidCode(node.Code))
        {
            throw new InvalidDataException($"'{node.Code}' under '{parentPath}' is not a code: lowercase letters, digits and '-'.");
        }

        if (string.IsNullOrWhiteSpace(node.Name) || node.Name.Length > 100)
        {
            throw new InvalidDataException($"The unit '{node.Code}' under '{parentPath}' needs a name of at most 100 characters.");
        }

        if (parent is not null && !UnitKinds.MayHoldChild(parent.Kind, node.Kind))
        {
            throw new InvalidDataException($"'{node.Code}' under '{parentPath}': {UnitKinds.Explain(parent.Kind, node.Kind)}");
        }

        var path = UnitPath.Child(parentPath, node.Code);
        if (nodes.Any(n => n.Item1 == path))
        {
            throw new InvalidDataException($"The path '{path}' appears twice.");
        }

        nodes.Add((path, node));
        foreach (var child in node.Children)
        {
            Walk(child, path, node, nodes);
        }
    }
}
