using System.Text.Json;
using System.Xml.Linq;

namespace Platform.Api.Open311;

/// <summary>
/// The spec's XML from the same tree as its JSON: an object's properties become child elements in
/// order, an array an element with one child per item (<c>services</c> → <c>service</c>), and null
/// an empty element, as the spec's examples show.
/// </summary>
public static class Open311Xml
{
    private static readonly Dictionary<string, string> Items = new()
    {
        ["services"] = "service",
        ["service_requests"] = "request",
        ["errors"] = "error",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
    };

    /// <summary>The element name of one item of the array <paramref name="array"/>.</summary>
    public static string ItemName(string array) => Items.TryGetValue(array, out var item) ? item : "item";

    public static string Document(string root, JsonElement tree) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + Element(root, tree);

    private static XElement Element(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => new XElement(name, value.EnumerateObject().Select(p => Element(p.Name, p.Value))),
        JsonValueKind.Array => new XElement(name, value.EnumerateArray().Select(i => Element(ItemName(name), i))),
        JsonValueKind.Null or JsonValueKind.Undefined => new XElement(name),
        JsonValueKind.String => new XElement(name, value.GetString()),
        _ => new XElement(name, value.GetRawText()),
    };
}
