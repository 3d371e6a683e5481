using GraphQL;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.Tests.GraphQL.Common.Fixtures;

namespace Platform.Api.Tests.GraphQL.Common;

public sealed class ConnectionBuilderTests : IDisposable
{
    private readonly GadgetDb _db = GadgetDb.Create();

    public void Dispose() => _db.Dispose();

    private IQueryable<Gadget> Ordered => _db.Gadgets.OrderBy(g => g.Id);

    [Fact]
    public async Task Forward_Paging_Should_FollowEndCursorsToTheLastPage()
    {
        // arrange
        var first = await ConnectionBuilder.ToConnectionAsync(Ordered, PageRequest.Create(first: 2), false, default);

        // act
        var second = await ConnectionBuilder.ToConnectionAsync(Ordered, PageRequest.Create(first: 2, after: first.PageInfo.EndCursor), false, default);
        var third = await ConnectionBuilder.ToConnectionAsync(Ordered, PageRequest.Create(first: 2, after: second.PageInfo.EndCursor), false, default);

        // assert
        Assert.Equal([1, 2], first.Nodes.Select(g => g.Id));
        Assert.Equal((true, false), (first.PageInfo.HasNextPage, first.PageInfo.HasPreviousPage));
        Assert.Equal([3, 4], second.Nodes.Select(g => g.Id));
        Assert.Equal((true, true), (second.PageInfo.HasNextPage, second.PageInfo.HasPreviousPage));
        Assert.Equal([5, 6], third.Nodes.Select(g => g.Id));
        Assert.Equal((false, true), (third.PageInfo.HasNextPage, third.PageInfo.HasPreviousPage));
        Assert.Null(third.TotalCount);
        Assert.Equal(3, _db.Commands.Count);
    }

    [Fact]
    public async Task Last_Without_Before_Should_CountAndReturnTheTail()
    {
        // act
        var page = await ConnectionBuilder.ToConnectionAsync(Ordered, PageRequest.Create(last: 2), false, default);

        // assert
        Assert.Equal([5, 6], page.Nodes.Select(g => g.Id));
        Assert.Equal((false, true), (page.PageInfo.HasNextPage, page.PageInfo.HasPreviousPage));
        Assert.Equal(6, page.TotalCount);
        Assert.Equal(2, _db.Commands.Count);
    }

    [Fact]
    public async Task Backward_Paging_Should_ReturnTheItemsBeforeTheCursor()
    {
        // arrange
        var tail = await ConnectionBuilder.ToConnectionAsync(Ordered, PageRequest.Create(last: 2), false, default);

        // act
        var page = await ConnectionBuilder.ToConnectionAsync(Ordered, PageRequest.Create(last: 2, before: tail.PageInfo.StartCursor), false, default);

        // assert
        Assert.Equal([3, 4], page.Nodes.Select(g => g.Id));
        Assert.Equal((true, true), (page.PageInfo.HasNextPage, page.PageInfo.HasPreviousPage));
    }

    [Fact]
    public async Task No_Page_Size_Should_ReturnTheDefaultPageWithOneCommand()
    {
        // act
        var page = await ConnectionBuilder.ToConnectionAsync(Ordered, PageRequest.Create(), false, default);

        // assert
        Assert.Equal(6, page.Edges.Count);
        Assert.False(page.PageInfo.HasNextPage);
        Assert.Equal(1, _db.Commands.Count);
    }

    [Fact]
    public void FromList_Should_PageChildrenLoadedInOneBatch()
    {
        // arrange
        var boxIds = new[] { 1, 2 };
        var byBox = _db.Gadgets.Where(g => boxIds.Contains(g.BoxId)).OrderBy(g => g.Id).ToList().ToLookup(g => g.BoxId);
        var page = PageRequest.Create(first: 2);

        // act
        var connections = boxIds.ToDictionary(id => id, id => ConnectionBuilder.FromList(byBox[id].ToList(), page));

        // assert
        Assert.Equal([1, 2], connections[1].Nodes.Select(g => g.Id));
        Assert.Equal([3, 4], connections[2].Nodes.Select(g => g.Id));
        Assert.True(connections[2].PageInfo.HasNextPage);
        Assert.Equal(3, connections[2].TotalCount);
        Assert.Equal(1, _db.Commands.Count);
    }

    [Theory]
    [InlineData(101, null, null, "PAGE_SIZE")]
    [InlineData(null, 101, null, "PAGE_SIZE")]
    [InlineData(-1, null, null, "VALIDATION")]
    [InlineData(null, -1, null, "VALIDATION")]
    [InlineData(5, null, "not a cursor!", "VALIDATION")]
    public void Invalid_Page_Request_Should_FailWithItsCode(int? first, int? last, string? after, string code)
    {
        // act
        var error = Assert.Throws<ExecutionError>(() => PageRequest.Create(first, after, last));

        // assert
        Assert.Equal(code, error.Code);
    }
}
