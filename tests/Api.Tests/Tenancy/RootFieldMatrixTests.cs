using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// DESIGN §4 rules 1–4 over every root connection: each principal of <see cref="Principals.All"/>
/// gets exactly the rows the oracle computes, and <c>totalCount</c> says so too.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class RootFieldMatrixTests(PlatformFactory factory)
{
    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task Cases_Should_Be_ExactlyThoseOwnedInOrSharedIntoTheScope(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var expected = oracle.VisibleCases(scope).Select(c => TenancyOracle.IdOf("Case", c.Id)).Order().ToList();

        // act
        var cases = await factory.AllNodesAsync(principal, "cases", "id", pageSize: 7);

        // assert
        Assert.Equal(expected, cases.Select(c => c.Str("id")).Order());
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task MediationSessions_Should_Be_ThoseOwnedInScope_HeldInItsWorkrooms_OrOnItsCases(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var expected = oracle.VisibleSessions(scope).Select(s => TenancyOracle.IdOf("MediationSession", s.Id)).Order().ToList();

        // act
        var sessions = await factory.AllNodesAsync(principal, "mediationSessions", "id", pageSize: 3);

        // assert
        Assert.Equal(expected, sessions.Select(s => s.Str("id")).Order());
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task Workrooms_Should_Be_ThoseOfTheSubtreeAndOfTheAncestors(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var expected = oracle.VisibleWorkrooms(scope).Select(w => TenancyOracle.IdOf("Workroom", w.Id)).Order().ToList();

        // act
        var workrooms = await factory.AllNodesAsync(principal, "workrooms", "id", pageSize: 1);

        // assert
        Assert.Equal(expected, workrooms.Select(w => w.Str("id")).Order());
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task Campaigns_Should_Be_ThoseOfTheSubtreeAndOfTheAncestors(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var expected = oracle.VisibleCampaigns(scope).Select(c => TenancyOracle.IdOf("Campaign", c.Id)).Order().ToList();

        // act
        var campaigns = await factory.AllNodesAsync(principal, "campaigns", "id", pageSize: 1);

        // assert
        Assert.Equal(expected, campaigns.Select(c => c.Str("id")).Order());
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task Units_Should_Be_TheWholeTree_ForEveryone(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var expected = oracle.Units.Select(u => u.Path).Order(StringComparer.Ordinal).ToList();

        // act
        var units = await factory.AllNodesAsync(principal, "units", "path", pageSize: 10);

        // assert
        Assert.Equal(expected, units.Select(u => u.Str("path")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task CaseStatusFilter_Should_Count_OnlyVisibleCasesInThatStatus(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var expected = oracle.VisibleCases(scope).Count(c => c.Status == Data.Entities.CaseStatus.InProgress);
        const string query = """
            query { cases(where: { status: { eq: IN_PROGRESS } }) { totalCount } }
            """;

        // act
        var response = await factory.AskAsync(principal, query);

        // assert
        Assert.Null(response["errors"]);
        Assert.Equal(expected, response["data"]!["cases"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task AnOrFilterThatMatchesEverything_Should_Not_Widen_TheScope(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        const string query = """
            query {
              cases(where: { or: [{ status: { eq: CLOSED } }, { status: { neq: CLOSED } }] }) { totalCount }
              mediationSessions(where: { or: [{ kind: { eq: ELDER } }, { kind: { neq: ELDER } }] }) { totalCount }
            }
            """;

        // act
        var response = await factory.AskAsync(principal, query);

        // assert
        Assert.Null(response["errors"]);
        Assert.Equal(oracle.VisibleCases(scope).Count(), response["data"]!["cases"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(oracle.VisibleSessions(scope).Count(), response["data"]!["mediationSessions"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("putuo.officer", "/sh/yangpu/changbai/jiefang228/")]
    [InlineData("yangpu.officer", "/sh/putuo/taopu/ziteng/")]
    [InlineData("baoshan.officer", "/sh/songjiang/shihudang/")]
    public async Task OwnerUnitFilter_Should_Find_NoCases_OfAnotherDistrictsUnit_ThatWereNotSharedIn(string principal, string otherUnitPath)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var unit = oracle.Units.Single(u => u.Path == otherUnitPath);
        var expected = oracle.VisibleCases(scope).Count(c => c.OwnerUnitId == unit.Id);
        const string query = """
            query Owned($unit: ID!) { cases(where: { ownerUnitId: { eq: $unit } }) { totalCount } }
            """;

        // act
        var response = await factory.AskAsync(principal, query, new { unit = TenancyOracle.IdOf("Unit", unit.Id) });

        // assert
        Assert.Null(response["errors"]);
        Assert.Equal(expected, response["data"]!["cases"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, expected);
        Assert.Contains(oracle.Cases, c => c.OwnerUnitId == unit.Id);
    }
}
