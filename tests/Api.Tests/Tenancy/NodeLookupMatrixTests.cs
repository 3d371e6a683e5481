using System.Text;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// DESIGN §4 rules 4 and 6 on the lookups: <c>node</c>, <c>nodes</c>, <c>case</c> and
/// <c>caseByNumber</c> return a record iff the oracle says it is visible, else null with NOT_FOUND.
/// Ids of every case, event, session, workroom, campaign and suggestion are tried by every principal.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class NodeLookupMatrixTests(PlatformFactory factory)
{
    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task Nodes_Should_Return_ExactlyTheVisibleObjects_AndNotFound_ForTheRest(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.NodeIds(await factory.ScopeOfAsync(principal));
        const string query = """
            query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }
            """;

        foreach (var chunk in expected.Chunk(100))
        {
            // act
            var response = await factory.AskAsync(principal, query, new { ids = chunk.Select(e => e.Id).ToArray() });

            // assert
            var nodes = response["data"]!["nodes"]!.AsArray();
            var notFound = NotFoundPaths(response);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (id, visible) = chunk[i];
                Assert.True(visible == (nodes[i] is not null), $"{principal}: nodes[{i}] = {id} should {(visible ? "" : "not ")}be visible");
                Assert.Equal(visible ? id : null, nodes[i]?["id"]?.GetValue<string>());
                Assert.Equal(!visible, notFound.Contains($"nodes/{i}"));
            }

            Assert.Equal(chunk.Count(e => !e.Visible), response.ErrorCodes().Count);
        }
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task Node_Should_Return_TheVisibleObject_AndNotFound_ForTheRest(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.NodeIds(await factory.ScopeOfAsync(principal));

        foreach (var chunk in expected.Chunk(60))
        {
            var query = Aliased(chunk.Select(e => $"node(id: \"{e.Id}\") {{ id }}"));

            // act
            var response = await factory.AskAsync(principal, query);

            // assert
            AssertLookups(principal, response, chunk.Select(e => (e.Id, e.Visible)).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task CaseById_Should_Return_TheVisibleCase_AndNotFound_ForTheRest(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var expected = oracle.Cases.Select(c => (Id: TenancyOracle.IdOf("Case", c.Id), Visible: oracle.CanSeeCase(scope, c))).ToList();
        var query = Aliased(expected.Select(e => $"case(id: \"{e.Id}\") {{ id }}"));

        // act
        var response = await factory.AskAsync(principal, query);

        // assert
        AssertLookups(principal, response, expected);
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task CaseByNumber_Should_Return_TheVisibleCase_AndNotFound_ForTheRest(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var cases = oracle.Cases.ToList();
        var expected = cases.Select(c => (Id: TenancyOracle.IdOf("Case", c.Id), Visible: oracle.CanSeeCase(scope, c))).ToList();
        var query = Aliased(cases.Select(c => $"caseByNumber(number: \"{c.Number}\") {{ id }}"));

        // act
        var response = await factory.AskAsync(principal, query);

        // assert
        AssertLookups(principal, response, expected);
    }

    // Error paths are response keys (GraphQL spec, "Errors"), so a client with several aliased
    // lookups can tell which one was not found.
    [Theory]
    [InlineData("node")]
    [InlineData("case")]
    public async Task NotFoundError_Should_Point_AtTheAliasOfItsField(string field)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var visible = oracle.VisibleCases("/sh/baoshan/").First();
        var hidden = oracle.Cases.First(c => !oracle.CanSeeCase("/sh/baoshan/", c));
        var query = $$"""
            query {
              seen: {{field}}(id: "{{TenancyOracle.IdOf("Case", visible.Id)}}") { id }
              hidden: {{field}}(id: "{{TenancyOracle.IdOf("Case", hidden.Id)}}") { id }
            }
            """;

        // act
        var response = await factory.AskAsync("baoshan.officer", query);

        // assert
        Assert.NotNull(response["data"]!["seen"]);
        Assert.Null(response["data"]!["hidden"]);
        Assert.Equal(["hidden"], NotFoundPaths(response));
    }

    /// <summary>One field per lookup, aliased <c>l0</c>, <c>l1</c>, … so that a whole batch takes one request.</summary>
    private static string Aliased(IEnumerable<string> lookups)
    {
        var query = new StringBuilder("query {\n");
        foreach (var (lookup, i) in lookups.Select((l, i) => (l, i)))
        {
            query.Append($"  l{i}: {lookup}\n");
        }

        return query.Append('}').ToString();
    }

    /// <summary>
    /// Visible lookups return their object; each hidden one is null with one NOT_FOUND error. Error
    /// paths are left to <see cref="NotFoundError_Should_Point_AtTheAliasOfItsField"/>, since these
    /// batches alias every field.
    /// </summary>
    private static void AssertLookups(string principal, JsonObject response, IReadOnlyList<(string Id, bool Visible)> expected)
    {
        var data = response["data"]!;
        for (var i = 0; i < expected.Count; i++)
        {
            var (id, visible) = expected[i];
            Assert.True(visible == (data[$"l{i}"] is not null), $"{principal}: {id} should {(visible ? "" : "not ")}be visible");
            Assert.Equal(visible ? id : null, data[$"l{i}"]?["id"]?.GetValue<string>());
        }

        Assert.All(response.ErrorCodes(), code => Assert.Equal("NOT_FOUND", code));
        Assert.Equal(expected.Count(e => !e.Visible), response.ErrorCodes().Count);
    }

    /// <summary>The paths (joined by '/') of the NOT_FOUND errors; any other error code fails the test.</summary>
    private static HashSet<string> NotFoundPaths(JsonObject response)
    {
        var errors = response["errors"]?.AsArray() ?? [];
        Assert.All(response.ErrorCodes(), code => Assert.Equal("NOT_FOUND", code));
        return errors.Select(e => string.Join('/', e!["path"]!.AsArray().Select(p => p!.ToString()))).ToHashSet();
    }
}
