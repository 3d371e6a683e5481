using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Api.Transport.WebSockets;

/// <summary>A message from the client: <c>connection_init</c>, <c>ping</c>, <c>pong</c>, <c>subscribe</c> or <c>complete</c>.</summary>
internal sealed class ClientMessage
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("payload")]
    public JsonElement? Payload { get; set; }

    /// <summary>The message, or null when it is not a JSON object with a string <c>type</c>.</summary>
    public static ClientMessage? Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var message = JsonSerializer.Deserialize<ClientMessage>(utf8);
            return message?.Type is null ? null : message;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The access token of <c>connection_init</c>: <c>Authorization</c> (with or without <c>Bearer</c>) or <c>token</c>.</summary>
    public string? Token()
    {
        if (Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String
                && property.Name.ToLowerInvariant() is "authorization" or "token" or "accesstoken" or "access_token")
            {
                var value = property.Value.GetString()!.Trim();
                return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value[7..].Trim() : value;
            }
        }

        return null;
    }
}
