using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.FrontEnds;

/// <summary>
/// Issue 11, acceptance 2: Apollo Client 4 with its <c>PersistedQueryLink</c> (<c>tests/js/apollo-persisted.mjs</c>)
/// runs the README's examples over a real socket: the first request sends only the hash and meets
/// <c>PERSISTED_QUERY_NOT_FOUND</c>, the link sends the text once, and from then on the hash suffices.
/// </summary>
public sealed partial class ApolloPersistedQueryTests : IDisposable
{
    private readonly PlatformFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task ApolloPersistedQueryLink_Should_RunTheReadmeExamples_ByHashAfterTheFirstTime()
    {
        // arrange
        var operations = ReadmeExamples();
        var api = factory.ListenOnLoopback();
        var input = new JsonObject
        {
            ["url"] = new Uri(api, "/graphql").ToString(),
            ["token"] = await factory.GetTokenAsync("putuo.officer"),
            ["operations"] = new JsonArray([.. operations.Select(o => (JsonNode)new JsonObject { ["query"] = o.Query, ["variables"] = o.Variables?.DeepClone() })]),
        };

        // act
        var output = JsonNode.Parse(await GraphQLJs.RunScriptAsync("apollo-persisted.mjs", [], input.ToJsonString()))!;

        // assert
        var results = output["results"]!.AsArray();
        Assert.Equal(operations.Count, results.Count);
        foreach (var (runs, operation) in results.Zip(operations))
        {
            foreach (var run in runs!.AsArray())
            {
                Assert.True(run!["error"] is null, $"{operation.Query}: {run["error"]}");
                Assert.NotNull(run["data"]);
            }

            Assert.Equal(runs[0]!["data"]!.ToJsonString(), runs[1]!["data"]!.ToJsonString());
        }

        // Each operation: the hash alone (unknown), hash and text (stored), then the hash alone (known).
        var sent = output["sent"]!.AsArray().Select(r => r!["query"]!.GetValue<bool>()).ToList();
        Assert.Equal(Enumerable.Repeat(new[] { false, true, false }, operations.Count).SelectMany(s => s), sent);
        Assert.All(output["sent"]!.AsArray(), r => Assert.Matches("^[0-9a-f]{64}$", r!["hash"]!.GetValue<string>()));

        // The payload's ValidationErrors keep their Error fields through Apollo's cache (possibleTypes).
        var errors = results[^1]![0]!["data"]!["registerCase"]!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["__typename"]!.GetValue<string>() == "ValidationError"
            && e["code"]!.GetValue<string>() == "VALIDATION" && e["field"]!.GetValue<string>() == "title");
    }

    /// <summary>
    /// The README's documents: the first request, every <c>graphql</c> block that is a query, and
    /// the registerCase mutation with the invalid input the README describes (nothing is stored).
    /// </summary>
    private static List<(string Query, JsonNode? Variables)> ReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(GraphQLJs.RepositoryRoot, "README.md"));
        var examples = new List<(string, JsonNode?)> { (FirstRequest().Match(readme).Groups[1].Value, null) };
        examples.AddRange(GraphQLBlock().Matches(readme)
            .Select(m => m.Groups[1].Value)
            .Where(block => block.TrimStart().StartsWith('{'))
            .Select(block => (block, (JsonNode?)null)));

        var register = RegisterMutation().Match(readme).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(register), "README's registerCase example was not found.");
        var invalid = JsonNode.Parse("""
            { "input": { "petitioners": [{ "name": "王建华", "phone": "13800001234" }], "headcount": 0, "channel": "VISIT",
                         "receptionForm": "ON_SITE", "category": "PROPERTY_MANAGEMENT", "title": "", "description": "3号楼电梯停运两个月。" } }
            """);
        examples.Add((register, invalid));
        Assert.True(examples.Count >= 4, "Fewer README examples than expected.");
        return examples;
    }

    [GeneratedRegex("""-d '\{"query":"(\{ viewer[^']*?)"\}'""")]
    private static partial Regex FirstRequest();

    [GeneratedRegex("```graphql\\n(.*?)\\n\\s*```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("\"query\": \"(mutation Register[^\"]*)\"")]
    private static partial Regex RegisterMutation();
}
