using System.Text.Json;

namespace Platform.Api.Tests.Support;

public static class ResponseReading
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static JsonElement FirstError(this JsonElement body) => body.GetProperty("errors")[0];

    public static string? ErrorCode(this JsonElement body) =>
        body.FirstError().GetProperty("extensions").GetProperty("code").GetString();
}
