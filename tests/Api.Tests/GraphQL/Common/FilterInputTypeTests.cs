using Microsoft.EntityFrameworkCore;
using Platform.Api.Tests.GraphQL.Common.Fixtures;

namespace Platform.Api.Tests.GraphQL.Common;

public sealed class FilterInputTypeTests : IDisposable
{
    private readonly GadgetDb _db = GadgetDb.Create();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("{ name: { eq: \"Alpha lever\" } }", new[] { 1 })]
    [InlineData("{ name: { neq: \"Alpha lever\" } }", new[] { 2, 3, 4, 5, 6 })]
    [InlineData("{ name: { contains: \"gear\" } }", new[] { 3, 4 })]
    [InlineData("{ name: { ncontains: \"gear\" } }", new[] { 1, 2, 5, 6 })]
    [InlineData("{ name: { startsWith: \"Alpha\" } }", new[] { 1, 6 })]
    [InlineData("{ name: { nstartsWith: \"Alpha\" } }", new[] { 2, 3, 4, 5 })]
    [InlineData("{ name: { endsWith: \"spring\" } }", new[] { 2, 6 })]
    [InlineData("{ name: { nendsWith: \"spring\" } }", new[] { 1, 3, 4, 5 })]
    [InlineData("{ name: { in: [\"Alpha lever\", \"Gamma gear\"] } }", new[] { 1, 3 })]
    [InlineData("{ name: { nin: [\"Alpha lever\", \"Gamma gear\"] } }", new[] { 2, 4, 5, 6 })]
    [InlineData("{ name: { or: [{ startsWith: \"Alpha\" }, { endsWith: \"gear\" }] } }", new[] { 1, 3, 4, 6 })]
    [InlineData("{ notes: { eq: null } }", new[] { 2, 5 })]
    [InlineData("{ notes: { neq: null } }", new[] { 1, 3, 4, 6 })]
    [InlineData("{ kind: { eq: GEAR } }", new[] { 3, 4 })]
    [InlineData("{ kind: { neq: GEAR } }", new[] { 1, 2, 5, 6 })]
    [InlineData("{ kind: { in: [LEVER, STEAM_VALVE] } }", new[] { 1, 5 })]
    [InlineData("{ kind: { nin: [GEAR, SPRING] } }", new[] { 1, 5 })]
    [InlineData("{ weight: { eq: 20 } }", new[] { 2, 4 })]
    [InlineData("{ weight: { gt: 20 } }", new[] { 3, 5 })]
    [InlineData("{ weight: { ngt: 20 } }", new[] { 1, 2, 4, 6 })]
    [InlineData("{ weight: { gte: 30 } }", new[] { 3, 5 })]
    [InlineData("{ weight: { ngte: 30 } }", new[] { 1, 2, 4, 6 })]
    [InlineData("{ weight: { lt: 20 } }", new[] { 1, 6 })]
    [InlineData("{ weight: { nlt: 20 } }", new[] { 2, 3, 4, 5 })]
    [InlineData("{ weight: { lte: 10 } }", new[] { 1, 6 })]
    [InlineData("{ weight: { nlte: 10 } }", new[] { 2, 3, 4, 5 })]
    [InlineData("{ weight: { in: [10, 50] } }", new[] { 1, 5, 6 })]
    [InlineData("{ weight: { nin: [10, 50] } }", new[] { 2, 3, 4 })]
    [InlineData("{ weight: { gt: 10, lt: 50 } }", new[] { 2, 3, 4 })]
    [InlineData("{ serial: { gte: 400 } }", new[] { 4, 5, 6 })]
    [InlineData("{ madeAt: { gt: \"2024-04-01T00:00:00Z\" } }", new[] { 5, 6 })]
    [InlineData("{ madeAt: { lte: \"2024-02-01T00:00:00Z\" } }", new[] { 1, 2 })]
    [InlineData("{ soldAt: { eq: null } }", new[] { 1, 3, 5 })]
    [InlineData("{ soldAt: { gte: \"2024-05-01T00:00:00Z\" } }", new[] { 4, 6 })]
    [InlineData("{ active: { eq: true } }", new[] { 1, 3, 4, 6 })]
    [InlineData("{ active: { neq: true } }", new[] { 2, 5 })]
    [InlineData("{ rating: { eq: null } }", new[] { 2, 5 })]
    [InlineData("{ rating: { in: [5, null] } }", new[] { 1, 2, 5, 6 })]
    [InlineData("{ boxId: { eq: \"Box:2\" } }", new[] { 3, 4, 5 })]
    [InlineData("{ boxId: { in: [\"Box:1\", \"bogus\"] } }", new[] { 1, 2, 6 })]
    [InlineData("{ boxId: { eq: \"bogus\" } }", new int[0])]
    [InlineData("{ boxId: { neq: \"bogus\" } }", new[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData("{ kind: { eq: SPRING }, active: { eq: true } }", new[] { 6 })]
    [InlineData("{ and: [{ kind: { eq: GEAR } }, { weight: { gt: 20 } }] }", new[] { 3 })]
    [InlineData("{ or: [{ kind: { eq: LEVER } }, { and: [{ active: { eq: false } }, { weight: { gte: 50 } }] }] }", new[] { 1, 5 })]
    [InlineData("{ }", new[] { 1, 2, 3, 4, 5, 6 })]
    public async Task Where_Argument_Should_ReturnTheMatchingRows(string where, int[] expected)
    {
        // arrange
        var schema = GadgetSchema.Create(_db);

        // act
        var response = await GadgetSchema.ExecuteAsync(schema, $$"""{ gadgets(where: {{where}}, first: 100) { nodes { id } } }""");

        // assert
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var ids = response.GetProperty("data").GetProperty("gadgets").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).Order();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Predicate_Should_SendValuesAsSqlParameters()
    {
        // arrange
        var filter = new GadgetFilterInputType();
        var where = new Dictionary<string, object?>
        {
            ["name"] = new Dictionary<string, object?> { ["contains"] = "gear" },
            ["weight"] = new Dictionary<string, object?> { ["in"] = new List<object?> { 10, 20 } },
        };

        // act
        var sql = _db.Gadgets.Where(filter.ToPredicate(where)).ToQueryString();

        // assert
        var condition = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.Contains("instr(\"g\".\"Name\", @", condition);
        Assert.Contains("IN (@", condition);
        Assert.DoesNotContain("'gear'", condition);
    }

    [Fact]
    public void Null_Where_Should_FilterNothing()
    {
        // arrange
        var filter = new GadgetFilterInputType();

        // act
        var count = _db.Gadgets.Count(filter.ToPredicate(null));

        // assert
        Assert.Equal(6, count);
    }

    [Fact]
    public async Task Contains_Null_Should_BeAValidationError()
    {
        // arrange
        var schema = GadgetSchema.Create(_db);

        // act
        var response = await GadgetSchema.ExecuteAsync(schema, """{ gadgets(where: { name: { contains: null } }) { nodes { id } } }""");

        // assert
        Assert.Equal("VALIDATION", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
