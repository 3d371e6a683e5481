using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

public sealed class DataLoaderScopeTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static BatchLoader<int, string> EmptyLoader() =>
        new((_, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>()));

    [Fact]
    public void SameKey_Should_ReturnTheSameLoader()
    {
        // arrange
        var scope = new DataLoaderScope();
        var created = scope.GetOrAdd("owners", EmptyLoader);

        // act
        var again = scope.GetOrAdd("owners", EmptyLoader);

        // assert
        Assert.Same(created, again);
    }

    [Fact]
    public void SameKey_WithAnotherLoaderType_Should_Throw()
    {
        // arrange
        var scope = new DataLoaderScope();
        scope.GetOrAdd("owners", EmptyLoader);

        // act
        var act = () => scope.GetOrAdd("owners", () => new GroupLoader<int, string>((_, _) => Task.FromResult(Array.Empty<int>().ToLookup(i => i, i => ""))));

        // assert
        Assert.Throws<InvalidOperationException>(act);
    }

    [Fact]
    public async Task EachRequest_Should_GetItsOwnScope()
    {
        // arrange
        await using var first = _host.Services.CreateAsyncScope();
        await using var second = _host.Services.CreateAsyncScope();

        // act
        var a = first.ServiceProvider.GetRequiredService<DataLoaderScope>();
        var b = second.ServiceProvider.GetRequiredService<DataLoaderScope>();

        // assert
        Assert.Same(a, first.ServiceProvider.GetRequiredService<DataLoaderScope>());
        Assert.NotSame(a, b);
    }

    [Fact]
    public async Task ThreeNodesAtOneLevel_Should_LoadTheirOwnersInOneFetch()
    {
        // arrange
        const string query = """
            { nodes(first: 3) { id owner } }
            """;

        // act
        var response = await _host.PostAsync(query);

        // assert
        var nodes = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("nodes");
        Assert.Equal(["owner 1", "owner 2", "owner 3"], nodes.EnumerateArray().Select(node => node.GetProperty("owner").GetString()));
        var batch = Assert.Single(_host.Services.GetRequiredService<FetchLog>().Batches);
        Assert.Equal([1, 2, 3], batch);
    }

    [Fact]
    public async Task NestedLevels_Should_CostAtMostOneFetchPerLevel()
    {
        // arrange
        const string query = """
            { nodes(first: 3) { owner child { owner } } }
            """;

        // act
        var response = await _host.PostAsync(query);

        // assert
        var child = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("nodes")[2].GetProperty("child");
        Assert.Equal("owner 30", child.GetProperty("owner").GetString());
        var batches = _host.Services.GetRequiredService<FetchLog>().Batches;
        // GraphQL.NET may defer the first level's loads until the second level is queued, merging both.
        Assert.InRange(batches.Count, 1, 2);
        Assert.Equal([1, 2, 3, 10, 20, 30], batches.SelectMany(batch => batch).Order());
    }
}
