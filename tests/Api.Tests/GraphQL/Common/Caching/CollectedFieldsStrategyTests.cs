using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Caching;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Caching;

/// <summary>Fields collected once per selection set must answer every request as if collected for it.</summary>
public sealed class CollectedFieldsStrategyTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> AnswerAsync(string query, object? variables = null)
    {
        var response = await _host.PostAsync(query, variables);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task RepeatedQuery_Should_AnswerAlike_ForEveryObject()
    {
        // arrange
        const string query = "{ nodes(first: 2) { id name child { id } } }";
        const string expected = """{"data":{"nodes":[{"id":1,"name":"node 1","child":{"id":10}},{"id":2,"name":"node 2","child":{"id":20}}]}}""";

        // act
        var first = await AnswerAsync(query);
        var second = await AnswerAsync(query);

        // assert
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public async Task SkippedField_Should_FollowEachRequestsVariable()
    {
        // arrange
        const string query = "query($s: Boolean!) { nodes(first: 2) { id name @skip(if: $s) } }";

        // act
        var shown = await AnswerAsync(query, new { s = false });
        var skipped = await AnswerAsync(query, new { s = true });
        var shownAgain = await AnswerAsync(query, new { s = false });

        // assert
        Assert.Equal("""{"data":{"nodes":[{"id":1,"name":"node 1"},{"id":2,"name":"node 2"}]}}""", shown);
        Assert.Equal("""{"data":{"nodes":[{"id":1},{"id":2}]}}""", skipped);
        Assert.Equal(shown, shownAgain);
    }

    [Fact]
    public async Task MergedFields_AndAliases_Should_AnswerAsCollected()
    {
        // arrange
        const string query = """
            { nodes(first: 1) { id ...Names child { id } child { name } a: name b: name } }
            fragment Names on TestNode { id name }
            """;
        const string expected = """{"data":{"nodes":[{"id":1,"name":"node 1","child":{"id":10,"name":"node 10"},"a":"node 1","b":"node 1"}]}}""";

        // act
        var first = await AnswerAsync(query);
        var second = await AnswerAsync(query);

        // assert
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public void PlainSelections_Should_FollowFragments_InDocumentOrder()
    {
        var document = GraphQLParser.Parser.Parse("""
            { node { id ...F ... on TestNode { child { id } } } }
            fragment F on TestNode { name }
            """);

        var fields = PlainSelections.Of(document, NodeSelection(document));

        Assert.Equal(["id", "name", "child"], fields!.Select(f => f.Name.StringValue));
    }

    [Theory]
    [InlineData("{ node { id name @include(if: true) } }")]
    [InlineData("{ node { id ... @skip(if: false) { name } } }")]
    [InlineData("{ node { id ...F @skip(if: false) } } fragment F on TestNode { name }")]
    [InlineData("{ node { id a: name a: name } }")]
    [InlineData("{ node { id ...F } } fragment F on TestNode { id }")]
    public void PlainSelections_Should_RefuseWhatARequestCouldChange(string query)
    {
        var document = GraphQLParser.Parser.Parse(query);

        Assert.Null(PlainSelections.Of(document, NodeSelection(document)));
    }

    // The selection set of the first field of the first operation ('node { … }').
    private static GraphQLSelectionSet NodeSelection(GraphQLDocument document) =>
        ((GraphQLField)document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet.Selections[0]).SelectionSet!;
}
