using GraphQL;
using Platform.Api.Tests.GraphQL.Common.Fixtures;

namespace Platform.Api.Tests.GraphQL.Common;

public sealed class ConnectionTypeTests : IDisposable
{
    private readonly GadgetDb _db = GadgetDb.Create();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Printed_Schema_Should_ContainTheHotChocolateShapes()
    {
        // arrange
        var schema = GadgetSchema.Create(_db);

        // act
        var sdl = schema.Print();

        // assert
        Assert.Contains("    where: GadgetFilterInput,\n    order: [GadgetSortInput!],\n", sdl);
        Assert.Contains("    first: Int,\n", sdl);
        Assert.Contains("    before: String): GadgetsConnection!\n", sdl);
        Assert.Contains("input GadgetFilterInput {\n  and: [GadgetFilterInput!]\n  or: [GadgetFilterInput!]\n  name: StringOperationFilterInput", sdl);
        Assert.Contains("  kind: GadgetKindOperationFilterInput\n", sdl);
        Assert.Contains("  boxId: IdOperationFilterInput\n", sdl);
        Assert.Contains("  soldAt: DateTimeOperationFilterInput\n", sdl);
        Assert.Contains("input StringOperationFilterInput {", sdl);
        Assert.Contains("input IntOperationFilterInput {", sdl);
        Assert.Contains("input LongOperationFilterInput {", sdl);
        Assert.Contains("input BooleanOperationFilterInput {", sdl);
        Assert.Contains("input GadgetKindOperationFilterInput {\n  eq: GadgetKind\n  neq: GadgetKind\n  in: [GadgetKind!]\n  nin: [GadgetKind!]\n}", sdl);
        Assert.Contains("input GadgetSortInput {\n  name: SortEnumType", sdl);
        Assert.Contains("enum SortEnumType {\n  ASC\n  DESC\n}", sdl);
        Assert.Contains("type GadgetsConnection {", sdl);
        Assert.Contains("  edges: [GadgetsEdge!]\n", sdl);
        Assert.Contains("  nodes: [Gadget!]\n", sdl);
        Assert.Contains("  pageInfo: PageInfo!\n", sdl);
        Assert.Contains("  totalCount: Int!\n", sdl);
        Assert.Contains("type GadgetsEdge {", sdl);
        Assert.Contains("  node: Gadget!\n", sdl);
        Assert.Contains("type PageInfo {", sdl);
    }

    [Fact]
    public async Task TotalCount_Should_BeCountedOnlyWhenSelected()
    {
        // arrange
        var schema = GadgetSchema.Create(_db);

        // act
        var without = await GadgetSchema.ExecuteAsync(schema, """{ gadgets(first: 2) { edges { cursor node { name } } } }""");
        var commandsWithout = _db.Commands.Count;
        _db.Commands.Count = 0;
        var with = await GadgetSchema.ExecuteAsync(schema, """{ gadgets(first: 2) { ... on GadgetsConnection { all: totalCount } pageInfo { hasNextPage endCursor } } }""");

        // assert
        Assert.Equal(1, commandsWithout);
        Assert.Equal("Alpha lever", without.GetProperty("data").GetProperty("gadgets").GetProperty("edges")[0].GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(2, _db.Commands.Count);
        Assert.Equal(6, with.GetProperty("data").GetProperty("gadgets").GetProperty("all").GetInt32());
        Assert.True(with.GetProperty("data").GetProperty("gadgets").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task First_Above_The_Maximum_Should_BeAPageSizeError()
    {
        // arrange
        var schema = GadgetSchema.Create(_db);

        // act
        var response = await GadgetSchema.ExecuteAsync(schema, """{ gadgets(first: 101) { nodes { id } } }""");

        // assert
        var error = response.GetProperty("errors")[0];
        Assert.Equal("PAGE_SIZE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("maximum page size of 100", error.GetProperty("message").GetString());
    }
}
