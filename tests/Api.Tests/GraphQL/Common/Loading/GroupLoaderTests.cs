using Platform.Api.GraphQL.Common.Loading;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

public sealed class GroupLoaderTests
{
    private static readonly (int CaseId, string Event)[] Events =
    [
        (1, "registered"), (1, "assigned"), (2, "registered"),
    ];

    [Fact]
    public async Task Groups_Should_BeFetchedInOneCall_AndKeysWithoutChildrenLoadEmpty()
    {
        // arrange
        var fetches = 0;
        var loader = new GroupLoader<int, string>((ids, _) =>
        {
            Interlocked.Increment(ref fetches);
            return Task.FromResult(Events.Where(e => ids.Contains(e.CaseId)).ToLookup(e => e.CaseId, e => e.Event));
        });
        var first = loader.Load(1);
        var second = loader.Load(2);
        var third = loader.Load(3);

        // act
        var lists = await Task.WhenAll(first.GetResultAsync(), second.GetResultAsync(), third.GetResultAsync());

        // assert
        Assert.Equal(1, fetches);
        Assert.Equal(["registered", "assigned"], lists[0]);
        Assert.Equal(["registered"], lists[1]);
        Assert.Empty(lists[2]);
    }
}
