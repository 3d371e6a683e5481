using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.GraphQL.Introspection;

/// <summary>
/// DESIGN §6 and issue 7 item 2: schema tools (GraphiQL, codegen, Apollo) send graphql-js's
/// introspection query; it answers within the limits, and the schema they rebuild from the answer
/// prints as the committed schema file.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class IntrospectionToolsTests(PlatformFactory factory)
{
    [Fact]
    public async Task GraphQLJsIntrospection_WithDefaultAndWithEveryOption_Should_RebuildTheSchemaFile()
    {
        // arrange
        var queries = await GraphQLJs.IntrospectionQueriesAsync();
        var sdl = await File.ReadAllTextAsync(Path.Combine(GraphQLJs.RepositoryRoot, "schema", "schema.graphql"));
        Assert.Equal(4, queries.Count);

        foreach (var query in queries)
        {
            var library = query!["library"]!.GetValue<string>();
            var options = query["options"]!.GetValue<string>();

            // act
            var response = await factory.AskAsync("taopu.officer", query["query"]!.GetValue<string>());

            // assert
            Assert.True(response["errors"] is null, $"{library} {options}: {response["errors"]?.ToJsonString()}");
            var (fromAnswer, fromFile) = await GraphQLJs.PrintAsync(library, options, response["data"]!, sdl);
            Assert.True(fromAnswer == fromFile, $"{library} ({query["version"]}) with {options} options rebuilt a different schema.");
        }
    }

    [Fact]
    public async Task Introspection_Should_Need_AToken_OutsideDevelopment()
    {
        // arrange
        using var client = factory.CreateClient();

        // act
        var schema = await client.PostGraphQLAsync("{ __schema { queryType { name } } }");
        var typeName = await client.PostGraphQLAsync("{ __typename }");

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], schema.ErrorCodes());
        Assert.Empty(typeName.ErrorCodes());
        Assert.Equal("Query", typeName["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_Should_BeOpen_WhenConfiguredForAnyone()
    {
        // arrange
        using var open = new PlatformFactory().WithSetting("GraphQL:Introspection", "Anyone");
        using var client = open.CreateClient();

        // act
        var response = await client.PostGraphQLAsync("{ __schema { queryType { name } } }");

        // assert
        Assert.Empty(response.ErrorCodes());
        Assert.Equal("Query", response["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFullPageOfCases_WithUnits_Petitioners_AndThreeEvents_Should_Answer()
    {
        // act
        var response = await factory.AskAsync("sh.officer", """
            {
              cases(first: 100) {
                totalCount
                nodes {
                  id number title description category channel receptionForm status headcount
                  firstReceiverName registeredAt acceptDueAt resolveDueAt dueAt overdue version
                  ownerUnit { id name path }
                  handlingUnit { id name path }
                  petitioners { name phone }
                  events(first: 3) { totalCount nodes { id kind occurredAt actorName } }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """);

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.NotEmpty(response["data"]!["cases"]!["nodes"]!.AsArray());
    }
}
