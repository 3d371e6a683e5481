using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// Posts GraphQL requests through the real HTTP pipeline with a bearer token, and reads what comes back.
/// Tokens are cached per host and principal, since each token request costs a password hash or a client secret check.
/// </summary>
public static class GraphQLClient
{
    /// <summary>The client-credentials principal (<c>demo-integration</c>, bound to 普陀).</summary>
    public const string Integration = "demo-integration";

    /// <summary>Every payload error field the tests read; all payload error unions hold these types.</summary>
    public const string PayloadErrors =
        "errors { __typename ... on Error { code message } ... on ValidationError { field } ... on InvalidTransitionError { currentStatus } }";

    private static readonly ConcurrentDictionary<(PlatformFactory, string), Lazy<Task<string>>> Tokens = new();

    public static async Task<JsonObject> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) as JsonObject
            ?? throw new InvalidOperationException($"Not a JSON object ({(int)response.StatusCode}): {body}");
    }

    /// <summary>The cached access token of a demo account, or of the integration client for <see cref="Integration"/>.</summary>
    public static Task<string> TokenAsync(this PlatformFactory factory, string principal) =>
        Tokens.GetOrAdd((factory, principal), key => new(() => key.Item2 == Integration
            ? key.Item1.GetClientTokenAsync()
            : key.Item1.GetTokenAsync(key.Item2))).Value;

    /// <summary>Runs a query as <paramref name="principal"/> with its cached token; the whole response.</summary>
    public static async Task<JsonObject> AskAsync(this PlatformFactory factory, string principal, string query, object? variables = null)
    {
        using var client = factory.CreateClient(await factory.TokenAsync(principal));
        return await client.PostGraphQLAsync(query, variables);
    }

    /// <summary>
    /// Runs the mutation <paramref name="mutation"/> (its input type is <c>&lt;Mutation&gt;Input</c>) with
    /// <paramref name="selection"/> and <see cref="PayloadErrors"/>; fails on top-level errors and returns the payload.
    /// </summary>
    public static async Task<JsonNode> PayloadAsync(this PlatformFactory factory, string principal, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await factory.AskAsync(principal, $$"""
            mutation Change($input: {{inputType}}!) {
              payload: {{mutation}}(input: $input) { {{selection}} {{PayloadErrors}} }
            }
            """, new { input });
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return response["data"]!["payload"]!;
    }

    /// <summary>The <c>extensions.code</c> of every top-level error.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JsonObject response) =>
        response["errors"]?.AsArray().Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];

    public static string Str(this JsonNode? node, string property) => node![property]!.GetValue<string>();

    public static int Int(this JsonNode? node, string property) => node![property]!.GetValue<int>();

    public static string Id(this JsonNode? node) => node.Str("id");

    public static int Version(this JsonNode? node) => node.Int("version");
}
