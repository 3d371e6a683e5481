using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Caching;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Caching;

public sealed class DocumentCacheTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private DocumentCache Cache => _host.Services.GetServices<IConfigureExecution>().OfType<DocumentCache>().Single();

    private async Task<ExecutionResult> ExecuteAsync(string query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        return await executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider });
    }

    [Fact]
    public async Task RepeatedQuery_Should_ReuseTheDocumentParsedTheFirstTime()
    {
        // arrange
        const string query = """
            { hello }
            """;
        var first = await ExecuteAsync(query);

        // act
        var second = await ExecuteAsync(query);

        // assert
        Assert.True(second.Executed);
        Assert.Same(first.Document, second.Document);
        Assert.Equal(1, Cache.Count);
    }

    [Fact]
    public async Task InvalidDocument_Should_NotBeCached()
    {
        // arrange
        const string query = """
            { doesNotExist }
            """;

        // act
        await ExecuteAsync(query);
        var second = await ExecuteAsync(query);

        // assert
        Assert.False(second.Executed);
        Assert.Equal(0, Cache.Count);
    }

    [Fact]
    public async Task DifferentQueryTexts_Should_BeCachedSeparately()
    {
        // arrange
        const string hello = """
            { hello }
            """;
        const string node = """
            { node { name } }
            """;

        // act
        var helloResult = await ExecuteAsync(hello);
        var nodeResult = await ExecuteAsync(node);

        // assert
        Assert.NotSame(helloResult.Document, nodeResult.Document);
        Assert.Equal(2, Cache.Count);
    }
}
