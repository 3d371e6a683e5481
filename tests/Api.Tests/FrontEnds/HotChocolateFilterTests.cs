using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;
using Platform.Data.Entities;

namespace Platform.Api.Tests.FrontEnds;

/// <summary>
/// Documents written for a HotChocolate server filter and sort through references and child lists.
/// Expected rows are computed from the raw seeded rows with DESIGN §4 (<see cref="TenancyOracle"/>).
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class HotChocolateFilterTests(PlatformFactory factory)
{
    private const string Officer = "putuo.officer";

    [Fact]
    public async Task AFragmentOnCasesConnection_Should_CountEveryVisibleCase()
    {
        // arrange
        var (oracle, scope) = await OracleAsync();

        // act
        var response = await factory.AskAsync(Officer, "fragment F on CasesConnection { totalCount } query { cases { ...F } }");

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.Equal(oracle.VisibleCases(scope).Count(), response["data"]!["cases"].Int("totalCount"));
    }

    [Fact]
    public async Task ANestedFilterOnTheHandlingUnitsPath_Should_Match_TheCasesHandledInPutuo()
    {
        // arrange
        var (oracle, scope) = await OracleAsync();
        var expected = oracle.VisibleCases(scope)
            .Where(c => UnitOf(oracle, c.HandlingUnitId).Path.StartsWith("/sh/putuo/", StringComparison.Ordinal))
            .Select(c => TenancyOracle.IdOf("Case", c.Id)).Order(StringComparer.Ordinal).ToList();

        // act
        var ids = await CaseIdsAsync("""where: { handlingUnit: { path: { startsWith: "/sh/putuo/" } } }""");

        // assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ANestedSortOnTheHandlingUnitsName_Should_Order_ByThatName_ThenById()
    {
        // arrange
        var (oracle, scope) = await OracleAsync();
        var expected = oracle.VisibleCases(scope)
            .OrderBy(c => UnitOf(oracle, c.HandlingUnitId).Name, StringComparer.Ordinal).ThenBy(c => c.Id)
            .Select(c => TenancyOracle.IdOf("Case", c.Id)).ToList();

        // act
        var ids = await CaseIdsAsync("order: [{ handlingUnit: { name: ASC } }]");

        // assert
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task AListFilterOnEvents_Should_Match_TheCasesEverEscalated()
    {
        // arrange
        var (oracle, scope) = await OracleAsync();
        var expected = oracle.VisibleCases(scope)
            .Where(c => oracle.Events.Any(e => e.CaseId == c.Id && e.Kind == CaseEventKind.Escalated))
            .Select(c => TenancyOracle.IdOf("Case", c.Id)).Order(StringComparer.Ordinal).ToList();

        // act
        var ids = await CaseIdsAsync("where: { events: { some: { kind: { eq: ESCALATED } } } }");

        // assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListFilters_NoneAllAndAny_Should_Match_AsTheirNamesSay()
    {
        // arrange
        var (oracle, scope) = await OracleAsync();
        var visible = oracle.VisibleCases(scope).ToList();
        IEnumerable<CaseEvent> EventsOf(Case c) => oracle.Events.Where(e => e.CaseId == c.Id);

        // act
        var none = await TotalAsync("where: { events: { none: { kind: { eq: ESCALATED } } } }");
        var all = await TotalAsync("where: { events: { all: { kind: { eq: REGISTERED } } } }");
        var any = await TotalAsync("where: { events: { any: true } }");
        var empty = await TotalAsync("where: { events: { any: false } }");

        // assert
        Assert.Equal(visible.Count(c => !EventsOf(c).Any(e => e.Kind == CaseEventKind.Escalated)), none);
        Assert.Equal(visible.Count(c => EventsOf(c).All(e => e.Kind == CaseEventKind.Registered)), all);
        Assert.Equal((visible.Count(c => EventsOf(c).Any()), visible.Count(c => !EventsOf(c).Any())), (any, empty));
    }

    [Fact]
    public async Task AnObjectFilterOnAChildPage_Should_Filter_TheChildrenOfEachCase()
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);

        // act
        var response = await factory.AskAsync(Officer, """
            { cases(first: 20, order: [{ number: ASC }]) { nodes { id
                all: events(where: { case: { ownerUnit: { path: { startsWith: "/sh/" } } } }) { totalCount }
                none: events(where: { case: { ownerUnit: { path: { startsWith: "/nowhere/" } } } }) { totalCount } } } }
            """);

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var nodes = response["data"]!["cases"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            var key = oracle.Cases.Single(c => TenancyOracle.IdOf("Case", c.Id) == n.Id()).Id;
            Assert.Equal((oracle.EventCount(key), 0), (n!["all"].Int("totalCount"), n["none"].Int("totalCount")));
        });
    }

    [Fact]
    public async Task TheFlatUnitIdFilter_Should_Still_Match_AsTheNestedOne()
    {
        // arrange
        var (oracle, scope) = await OracleAsync();
        var putuo = oracle.Units.Single(u => u.Path == "/sh/putuo/");

        // act
        var flat = await TotalAsync($$"""where: { handlingUnitId: { eq: "{{TenancyOracle.IdOf("Unit", putuo.Id)}}" } }""");
        var nested = await TotalAsync("""where: { handlingUnit: { path: { eq: "/sh/putuo/" } } }""");

        // assert
        Assert.Equal(oracle.VisibleCases(scope).Count(c => c.HandlingUnitId == putuo.Id), flat);
        Assert.Equal(flat, nested);
    }

    [Fact]
    public async Task FiltersNestedDeeperThanTheLimit_Should_BeRefused_WithMaxDepth()
    {
        // act
        var response = await factory.AskAsync(Officer, """
            { cases(where: { events: { some: { case: { handlingUnit: { parent: { name: { eq: "普陀区" } } } } } } }) { totalCount } }
            """);

        // assert
        Assert.Equal(["MAX_DEPTH"], response.ErrorCodes());
    }

    private async Task<(TenancyOracle Oracle, string Scope)> OracleAsync() =>
        (await TenancyOracle.ForAsync(factory), await factory.ScopeOfAsync(Officer));

    private static Unit UnitOf(TenancyOracle oracle, int id) => oracle.Units.Single(u => u.Id == id);

    private async Task<int> TotalAsync(string arguments)
    {
        var response = await factory.AskAsync(Officer, $$"""{ cases({{arguments}}) { totalCount } }""");
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return response["data"]!["cases"].Int("totalCount");
    }

    /// <summary>Every case id the arguments select, page by page, in the order the server gives.</summary>
    private async Task<List<string>> CaseIdsAsync(string arguments)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var response = await factory.AskAsync(Officer, $$"""
                query Page($after: String) { cases({{arguments}}, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }
                """, new { after });
            Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
            var page = response["data"]!["cases"]!;
            ids.AddRange(page["nodes"]!.AsArray().Select(n => n.Id()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"].Str("endCursor") : null;
        }
        while (after is not null);

        return ids;
    }
}
