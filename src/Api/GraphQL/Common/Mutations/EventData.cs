using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>The kind-specific details of a timeline or history entry, as a JSON object with readable Chinese text.</summary>
public static class EventData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string? Serialize(object? data) => data is null ? null : JsonSerializer.Serialize(data, Options);
}
