using System.Collections.Immutable;
using System.Text.Json;

namespace Platform.Identity.Clients;

/// <summary>Platform settings kept in an OpenIddict application's <c>Properties</c>.</summary>
public static class ClientProperties
{
    /// <summary>
    /// The path of the client's unit (e.g. <c>/sh/putuo/</c>): the unit a confidential client acts
    /// for, and for every client the subtree whose admins manage it. A confidential client without
    /// one cannot get a token of its own.
    /// </summary>
    public const string UnitPath = "unit_path";

    /// <summary>The browser origins of a public client (<c>https://app.example</c>), allowed by CORS.</summary>
    public const string AllowedOrigins = "allowed_origins";

    /// <summary>Set by disableClient: the client has no permissions left and its tokens were revoked.</summary>
    public const string Disabled = "disabled";

    public static JsonElement Value(string value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement Values(IEnumerable<string> values) => JsonSerializer.SerializeToElement(values.ToArray());

    public static string? UnitPathOf(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(UnitPath, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static IReadOnlyList<string> AllowedOriginsOf(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(AllowedOrigins, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    public static bool IsDisabled(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(Disabled, out var value) && value.ValueKind == JsonValueKind.True;
}
