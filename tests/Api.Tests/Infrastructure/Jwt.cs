using System.Buffers.Text;
using System.Text.Json;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>Reads the parts of a compact JWT without validating it, to look at what a token says.</summary>
public static class Jwt
{
    public static JsonElement Header(string token) => Part(token, 0);

    public static JsonElement Payload(string token) => Part(token, 1);

    /// <summary>The values of a claim that may be a string or an array of strings.</summary>
    public static IReadOnlyList<string> Values(JsonElement payload, string claim) =>
        !payload.TryGetProperty(claim, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!).ToList()
        : [value.GetString()!];

    private static JsonElement Part(string token, int index) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[index])).RootElement.Clone();
}
