using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests through the real HTTP pipeline with a bearer token.</summary>
public static class GraphQLClient
{
    public static async Task<JsonObject> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject
            ?? throw new InvalidOperationException($"Not a JSON object ({(int)response.StatusCode}): {body}");
    }

    /// <summary>Runs a query as a demo account.</summary>
    public static async Task<JsonObject> QueryAsync(this PlatformFactory factory, string userName, string query, object? variables = null)
    {
        using var client = factory.CreateClient(await factory.GetTokenAsync(userName));
        return await client.PostGraphQLAsync(query, variables);
    }

    /// <summary>The <c>extensions.code</c> of every top-level error.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JsonObject response) =>
        response["errors"]?.AsArray().Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];
}
