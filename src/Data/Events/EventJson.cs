using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Data.Events;

/// <summary>
/// The kind-specific details of a timeline or history entry as stored in its <c>Data</c> column: a
/// camelCase JSON object with Chinese text written as it is. Live changes and the demo seed both
/// write through here.
/// </summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string? Serialize(object? data) => data is null ? null : JsonSerializer.Serialize(data, Options);
}
