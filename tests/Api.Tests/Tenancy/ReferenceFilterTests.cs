using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// DESIGN §4 rule 4: a filter on a reference matches only references the caller can see. A session
/// the caller sees may point at a case or workroom it cannot; to the filter, as to the <c>case</c>
/// and <c>workroom</c> fields, that reference is null, so its id matches nothing.
/// </summary>
public sealed class ReferenceFilterTests(HiddenReferencesPlatform platform) : IClassFixture<HiddenReferencesPlatform>
{
    private const string Count = """
        query Count($where: MediationSessionFilterInput) { mediationSessions(where: $where) { totalCount } }
        """;

    [Fact]
    public async Task CommitteeProxy_FilteringSessionsOnAHiddenCase_Should_Match_Nothing()
    {
        // arrange
        var hidden = await platform.Factory.AskAsync("loupu.proxy", "query Read($id: ID!) { case(id: $id) { id } }", new { id = platform.TaopuCaseId });
        Assert.Equal(["NOT_FOUND"], hidden.ErrorCodes());

        // act
        var response = await platform.Factory.AskAsync("loupu.proxy", Count, new { where = new { caseId = new { eq = platform.TaopuCaseId } } });

        // assert
        Assert.Equal(0, response["data"]!["mediationSessions"].Int("totalCount"));
    }

    [Fact]
    public async Task CommitteeProxy_FilteringSessionsOnAHiddenWorkroom_Should_Match_Nothing()
    {
        // act
        var response = await platform.Factory.AskAsync("loupu.proxy", Count, new { where = new { workroomId = new { eq = platform.YanghangWorkroomId } } });

        // assert
        Assert.Equal(0, response["data"]!["mediationSessions"].Int("totalCount"));
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task SessionReferenceFilters_Should_Match_OnlyTheReferencesTheCallerCanSee(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(platform.Factory);
        var scope = await platform.Factory.ScopeOfAsync(principal);
        var visible = oracle.VisibleSessions(scope).ToList();
        var caseIds = oracle.Sessions.Where(s => s.CaseId is not null).Select(s => TenancyOracle.IdOf("Case", s.CaseId!.Value)).Distinct().ToList();
        var workroomIds = oracle.Workrooms.Select(w => TenancyOracle.IdOf("Workroom", w.Id)).ToList();
        bool SeesCase(int? id) => id is { } key && oracle.CanSeeCase(scope, key);
        bool SeesWorkroom(int? id) => id is { } key && TenancyOracle.CanSeeService(scope, oracle.Workrooms.Single(w => w.Id == key).OwnerPath);

        // act
        var byCase = await CountAsync(principal, new { caseId = new { @in = caseIds } });
        var byNoCase = await CountAsync(principal, new { caseId = new { eq = (string?)null } });
        var byWorkroom = await CountAsync(principal, new { workroomId = new { @in = workroomIds } });
        var byNoWorkroom = await CountAsync(principal, new { workroomId = new { eq = (string?)null } });

        // assert
        Assert.Equal(visible.Count(s => SeesCase(s.CaseId)), byCase);
        Assert.Equal(visible.Count(s => !SeesCase(s.CaseId)), byNoCase);
        Assert.Equal(visible.Count(s => SeesWorkroom(s.WorkroomId)), byWorkroom);
        Assert.Equal(visible.Count(s => !SeesWorkroom(s.WorkroomId)), byNoWorkroom);
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task UnitReferenceFilters_Should_Match_EveryVisibleRow_ForTheDirectoryIsPublic(string principal)
    {
        // arrange: DESIGN §4 rule 3, every principal reads the unit tree.
        var oracle = await TenancyOracle.ForAsync(platform.Factory);
        var scope = await platform.Factory.ScopeOfAsync(principal);
        var unitIds = oracle.Units.Select(u => TenancyOracle.IdOf("Unit", u.Id)).ToList();
        var anyUnit = new { @in = unitIds };

        // act
        var owned = await TotalAsync(principal, "cases", "CaseFilterInput", new { ownerUnitId = anyUnit });
        var handled = await TotalAsync(principal, "cases", "CaseFilterInput", new { handlingUnitId = anyUnit });
        var workrooms = await TotalAsync(principal, "workrooms", "WorkroomFilterInput", new { unitId = anyUnit });
        var campaigns = await TotalAsync(principal, "campaigns", "CampaignFilterInput", new { unitId = anyUnit });

        // assert
        Assert.Equal((oracle.VisibleCases(scope).Count(), oracle.VisibleCases(scope).Count()), (owned, handled));
        Assert.Equal((oracle.VisibleWorkrooms(scope).Count(), oracle.VisibleCampaigns(scope).Count()), (workrooms, campaigns));
    }

    private Task<int> CountAsync(string principal, object where) => TotalAsync(principal, "mediationSessions", "MediationSessionFilterInput", where);

    private async Task<int> TotalAsync(string principal, string field, string filterType, object where)
    {
        var response = await platform.Factory.AskAsync(principal,
            $$"""query Count($where: {{filterType}}) { rows: {{field}}(where: $where) { totalCount } }""", new { where });
        Assert.Empty(response.ErrorCodes());
        return response["data"]!["rows"].Int("totalCount");
    }
}
