using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Entities;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// DESIGN §4 rule 4 for nested filters and sorts: a reference or child the caller cannot see is
/// absent to the filter, as it is to the field that reads it, so no filter confirms that a hidden row exists.
/// </summary>
public sealed class NestedFilterTenancyTests(HiddenReferencesPlatform platform) : IClassFixture<HiddenReferencesPlatform>
{
    private const string TaopuCaseTitle = "镇级受理的邻里漏水纠纷";
    private const string HiddenSuggestion = "紫藤苑门口的边角地建议改建为口袋公园。";

    [Fact]
    public async Task CommitteeProxy_FilteringSessionsOnAHiddenCasesTitle_Should_Match_Nothing_WhereItsTownshipMatches()
    {
        // arrange
        var where = new { @case = new { title = new { eq = TaopuCaseTitle } } };

        // act
        var hidden = await TotalAsync("loupu.proxy", "mediationSessions", "MediationSessionFilterInput", where);
        var seen = await TotalAsync("taopu.officer", "mediationSessions", "MediationSessionFilterInput", where);

        // assert
        Assert.Equal((0, 1), (hidden, seen));
    }

    [Fact]
    public async Task CommitteeProxy_FilteringCampaignsOnAHiddenSuggestion_Should_Match_Nothing_WhereItsAuthorMatches()
    {
        // arrange
        var where = new { suggestions = new { some = new { content = new { eq = HiddenSuggestion } } } };

        // act
        var hidden = await TotalAsync("ziteng.proxy", "campaigns", "CampaignFilterInput", where);
        var seen = await TotalAsync("taopu.officer", "campaigns", "CampaignFilterInput", where);

        // assert
        Assert.Equal((0, 1), (hidden, seen));
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task SessionObjectFilters_Should_Match_OnlyTheReferencesTheCallerCanSee(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(platform.Factory);
        var scope = await platform.Factory.ScopeOfAsync(principal);
        var visible = oracle.VisibleSessions(scope).ToList();
        bool SeesCase(int? id) => id is { } key && oracle.CanSeeCase(scope, key);
        bool SeesWorkroom(int? id) => id is { } key && TenancyOracle.CanSeeService(scope, oracle.Workrooms.Single(w => w.Id == key).OwnerPath);

        // act
        var byCase = await TotalAsync(principal, "mediationSessions", "MediationSessionFilterInput", new { @case = new { headcount = new { gte = 0 } } });
        var byWorkroom = await TotalAsync(principal, "mediationSessions", "MediationSessionFilterInput",
            new { workroom = new { createdAt = new { gte = "2000-01-01T00:00:00.000Z" } } });

        // assert
        Assert.Equal(visible.Count(s => SeesCase(s.CaseId)), byCase);
        Assert.Equal(visible.Count(s => SeesWorkroom(s.WorkroomId)), byWorkroom);
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task ListFilters_Should_See_OnlyTheChildrenTheCallerCanSee(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(platform.Factory);
        var scope = await platform.Factory.ScopeOfAsync(principal);
        var escalated = oracle.VisibleCases(scope).Count(c => oracle.Events.Any(e => e.CaseId == c.Id && e.Kind == CaseEventKind.Escalated));
        var withSuggestions = oracle.VisibleCampaigns(scope)
            .Count(c => oracle.Suggestions.Any(s => s.CampaignId == c.Id && oracle.CanSeeSuggestion(scope, s)));

        // act
        var cases = await TotalAsync(principal, "cases", "CaseFilterInput", new { events = new { some = new { kind = new { eq = "ESCALATED" } } } });
        var campaigns = await TotalAsync(principal, "campaigns", "CampaignFilterInput", new { suggestions = new { any = true } });

        // assert
        Assert.Equal((escalated, withSuggestions), (cases, campaigns));
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task ANestedSortOnASessionsCase_Should_Sort_AHiddenCase_AsNoCase(string principal)
    {
        // arrange: SQLite and SQL Server sort nulls first in ascending order.
        var oracle = await TenancyOracle.ForAsync(platform.Factory);
        var scope = await platform.Factory.ScopeOfAsync(principal);
        string? TitleSeen(MediationSession s) =>
            s.CaseId is { } key && oracle.CanSeeCase(scope, key) ? oracle.Cases.Single(c => c.Id == key).Title : null;
        var expected = oracle.VisibleSessions(scope)
            .OrderBy(TitleSeen, StringComparer.Ordinal).ThenBy(s => s.Id)
            .Select(s => TenancyOracle.IdOf("MediationSession", s.Id)).ToList();

        // act
        var response = await platform.Factory.AskAsync(principal,
            "{ mediationSessions(first: 100, order: [{ case: { title: ASC } }]) { nodes { id } } }");

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.Equal(expected, response["data"]!["mediationSessions"]!["nodes"]!.AsArray().Select(n => n.Id()));
    }

    [Theory]
    [InlineData("CaseFilterInput", "petitioners")]
    [InlineData("CaseSortInput", "petitioners")]
    [InlineData("MediationPartyFilterInput", "name")]
    [InlineData("MediationPartyFilterInput", "phone")]
    [InlineData("SuggestionFilterInput", "submitterName")]
    [InlineData("SuggestionFilterInput", "submitterPhone")]
    public async Task PersonalData_Should_Not_BeFilterable(string inputType, string field)
    {
        // act
        var response = await platform.Factory.AskAsync("sh.officer", "query T($n: String!) { __type(name: $n) { inputFields { name } } }", new { n = inputType });

        // assert
        var fields = response["data"]!["__type"]!["inputFields"]!.AsArray().Select(f => f.Str("name")).ToList();
        Assert.NotEmpty(fields);
        Assert.DoesNotContain(field, fields);
    }

    private async Task<int> TotalAsync(string principal, string field, string filterType, object where)
    {
        var response = await platform.Factory.AskAsync(principal,
            $$"""query Count($where: {{filterType}}) { rows: {{field}}(where: $where) { totalCount } }""", new { where });
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return response["data"]!["rows"].Int("totalCount");
    }
}
