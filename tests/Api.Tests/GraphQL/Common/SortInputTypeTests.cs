using Platform.Api.GraphQL.Common.Sorting;
using Platform.Api.Tests.GraphQL.Common.Fixtures;

namespace Platform.Api.Tests.GraphQL.Common;

public sealed class SortInputTypeTests : IDisposable
{
    private readonly GadgetDb _db = GadgetDb.Create();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("[{ weight: DESC }, { name: ASC }]", new[] { 5, 3, 2, 4, 1, 6 })]
    [InlineData("[{ weight: ASC }, { name: DESC }]", new[] { 6, 1, 4, 2, 3, 5 })]
    [InlineData("[{ weight: ASC, name: DESC }]", new[] { 3, 5, 4, 2, 6, 1 })]
    [InlineData("[{ kind: ASC }]", new[] { 3, 4, 1, 2, 6, 5 })]
    [InlineData("[{ soldAt: DESC }]", new[] { 6, 4, 2, 5, 3, 1 })]
    [InlineData("[]", new[] { 1, 2, 3, 4, 5, 6 })]
    public async Task Order_Argument_Should_SortByEachFieldThenByTheKey(string order, int[] expected)
    {
        // arrange
        var schema = GadgetSchema.Create(_db);

        // act
        var response = await GadgetSchema.ExecuteAsync(schema, $$"""{ gadgets(order: {{order}}) { nodes { id } } }""");

        // assert
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var ids = response.GetProperty("data").GetProperty("gadgets").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetInt32());
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Apply_Without_Order_Should_SortByTheTieBreaker()
    {
        // arrange
        var sort = new GadgetSortInputType();

        // act
        var ids = sort.Apply(_db.Gadgets, null, g => g.Id).Select(g => g.Id).ToList();

        // assert
        Assert.Equal([1, 2, 3, 4, 5, 6], ids);
    }

    [Fact]
    public void Expression_Variant_Should_SortChildrenInsideAProjection()
    {
        // arrange
        var sort = new GadgetSortInputType();
        var order = new List<object?> { new Dictionary<string, object?> { ["weight"] = SortDirection.Descending } };
        var selector = sort.Project(
            (Box b) => b.Gadgets,
            (b, gadgets) => new { b.Id, Names = gadgets.Select(g => g.Name).Take(2).ToList() },
            order,
            g => g.Id);

        // act
        var boxes = _db.Boxes.OrderBy(b => b.Id).Select(selector).ToList();

        // assert
        Assert.Equal(["Beta spring", "Alpha spring"], boxes[0].Names);
        Assert.Equal(["Epsilon valve", "Gamma gear"], boxes[1].Names);
        Assert.Equal(1, _db.Commands.Count);
    }
}
