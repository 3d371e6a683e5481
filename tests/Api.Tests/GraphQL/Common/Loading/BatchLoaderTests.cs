using System.Collections.Concurrent;
using Platform.Api.GraphQL.Common.Loading;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

public sealed class BatchLoaderTests
{
    private readonly ConcurrentQueue<int[]> _fetches = new();

    private BatchLoader<int, string> CreateLoader() => new(async (ids, _) =>
    {
        _fetches.Enqueue([.. ids]);
        await Task.Yield();
        return ids.Where(id => id > 0).ToDictionary(id => id, id => $"value {id}");
    });

    [Fact]
    public async Task KeysRequestedTogether_Should_BeFetchedInOneCall_WithoutDuplicates()
    {
        // arrange
        var loader = CreateLoader();
        var results = new[] { loader.Load(1), loader.Load(2), loader.Load(3), loader.Load(2) };

        // act
        var values = await Task.WhenAll(results.Select(result => result.GetResultAsync()));

        // assert
        Assert.Equal(new string?[] { "value 1", "value 2", "value 3", "value 2" }, values);
        var fetch = Assert.Single(_fetches);
        Assert.Equal([1, 2, 3], fetch);
    }

    [Fact]
    public async Task KeysRequestedAfterADispatch_Should_StartANewBatch_AndKnownKeysComeFromTheCache()
    {
        // arrange
        var loader = CreateLoader();
        await loader.Load(1).GetResultAsync();

        // act
        var second = await loader.Load(2).GetResultAsync();
        var again = await loader.Load(1).GetResultAsync();

        // assert
        Assert.Equal("value 2", second);
        Assert.Equal("value 1", again);
        Assert.Equal([[1], [2]], _fetches);
    }

    [Fact]
    public async Task AKeyFetchedBefore_Should_LoadAsAKnownValue_AndAPendingKeyAsPending()
    {
        // arrange
        var loader = CreateLoader();
        await loader.Load(1).GetResultAsync();
        await loader.Load(-1).GetResultAsync();

        // act
        var fetched = loader.Load(1);
        var missing = loader.Load(-1);
        var pending = loader.Load(2);

        // assert
        Assert.True(fetched.TryGetKnown(out var value));
        Assert.Equal("value 1", value);
        Assert.Equal("value 1", fetched.ValueOrPending());
        Assert.True(missing.TryGetKnown(out var none));
        Assert.Null(none);
        Assert.False(pending.TryGetKnown(out _));
        Assert.Same(pending, pending.ValueOrPending());
        Assert.Equal("value 2", await pending.GetResultAsync());
        Assert.Equal([[1], [-1], [2]], _fetches);
    }

    [Fact]
    public async Task AKeyWhoseFetchFailed_Should_StayPending_AndFailAgain()
    {
        // arrange
        var loader = new BatchLoader<int, string>((_, _) => Task.FromException<IReadOnlyDictionary<int, string>>(new InvalidOperationException("down")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.Load(1).GetResultAsync());

        // act
        var again = loader.Load(1);

        // assert
        Assert.False(again.TryGetKnown(out _));
        await Assert.ThrowsAsync<InvalidOperationException>(() => again.GetResultAsync());
    }

    [Fact]
    public async Task MissingKey_Should_LoadAsNull()
    {
        // arrange
        var loader = CreateLoader();

        // act
        var value = await loader.Load(-1).GetResultAsync();

        // assert
        Assert.Null(value);
    }

    [Fact]
    public async Task FailedFetch_Should_FailEveryWaiterOfTheBatch()
    {
        // arrange
        var loader = new BatchLoader<int, string>((_, _) => throw new InvalidOperationException("store unavailable"));
        var first = loader.Load(1);
        var second = loader.Load(2);

        // act
        var firstFailure = await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        var secondFailure = await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());

        // assert
        Assert.Same(firstFailure, secondFailure);
    }

    [Fact]
    public async Task KeysRequestedFromManyThreads_Should_ShareOneFetch()
    {
        // arrange
        var loader = CreateLoader();
        var results = new ConcurrentBag<global::GraphQL.DataLoader.IDataLoaderResult<string?>>();
        Parallel.For(1, 201, id => results.Add(loader.Load(id)));

        // act
        var values = await Task.WhenAll(results.Select(result => result.GetResultAsync()));

        // assert
        Assert.Equal(200, values.Distinct().Count());
        Assert.Equal(200, Assert.Single(_fetches).Length);
    }

    [Fact]
    public async Task ResultsAwaitedConcurrently_Should_DispatchTheBatchOnce()
    {
        // arrange
        var loader = CreateLoader();
        var results = Enumerable.Range(1, 50).Select(loader.Load).ToList();

        // act
        await Task.WhenAll(results.Select(result => Task.Run(() => result.GetResultAsync())));

        // assert
        Assert.Single(_fetches);
    }
}
