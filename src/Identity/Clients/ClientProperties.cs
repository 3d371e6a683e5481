using System.Collections.Immutable;
using System.Text.Json;

namespace Platform.Identity.Clients;

/// <summary>Platform settings kept in an OpenIddict application's <c>Properties</c>.</summary>
public static class ClientProperties
{
    /// <summary>
    /// The path of the unit a confidential client acts for (e.g. <c>/sh/putuo/</c>); a client
    /// without one cannot get a token of its own.
    /// </summary>
    public const string UnitPath = "unit_path";

    public static JsonElement Value(string value) => JsonSerializer.SerializeToElement(value);

    public static string? UnitPathOf(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(UnitPath, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
