using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// DESIGN §4 rule 4: nested fields keep to the same rules as root fields — a visible parent never
/// leads to a child the principal could not read directly.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class NestedFieldMatrixTests(PlatformFactory factory)
{
    private const string CaseChildren = """
        id
        events { totalCount }
        petitioners { name }
        shares { kind targetUnit { path } }
        mediationSessions { id }
        """;

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task CaseChildren_Should_Follow_TheCase_AndShares_Should_BeThoseTouchingTheScope(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);

        // act
        var cases = await factory.AllNodesAsync(principal, "cases", CaseChildren, pageSize: 10);

        // assert
        Assert.All(cases, node =>
        {
            var @case = oracle.Cases.Single(c => TenancyOracle.IdOf("Case", c.Id) == node.Str("id"));
            Assert.Equal(oracle.EventCount(@case.Id), node["events"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(oracle.PetitionerCount(@case.Id), node["petitioners"]!.AsArray().Count);

            var shares = oracle.VisibleShares(scope, @case.Id)
                .Select(s => $"{s.Kind.ToString().ToUpperInvariant()} {s.TargetPath}").Order(StringComparer.Ordinal);
            Assert.Equal(shares, node["shares"]!.AsArray()
                .Select(s => $"{s.Str("kind")} {s!["targetUnit"].Str("path")}").Order(StringComparer.Ordinal));

            var sessions = oracle.Sessions.Where(s => s.CaseId == @case.Id).Select(s => TenancyOracle.IdOf("MediationSession", s.Id)).Order();
            Assert.Equal(sessions, node["mediationSessions"]!.AsArray().Select(s => s.Str("id")).Order());
        });
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task SessionCase_Should_BeNull_WhenTheCaseIsNotVisible(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);

        // act
        var sessions = await factory.AllNodesAsync(principal, "mediationSessions", "id case { id } workroom { id }");

        // assert
        Assert.All(sessions, node =>
        {
            var session = oracle.Sessions.Single(s => TenancyOracle.IdOf("MediationSession", s.Id) == node.Str("id"));
            var expectedCase = session.CaseId is { } caseId && oracle.CanSeeCase(scope, caseId) ? TenancyOracle.IdOf("Case", caseId) : null;
            Assert.Equal(expectedCase, node["case"]?["id"]?.GetValue<string>());
            var workroom = oracle.Workrooms.SingleOrDefault(w => w.Id == session.WorkroomId);
            var expectedWorkroom = workroom is not null && TenancyOracle.CanSeeService(scope, workroom.OwnerPath)
                ? TenancyOracle.IdOf("Workroom", workroom.Id) : null;
            Assert.Equal(expectedWorkroom, node["workroom"]?["id"]?.GetValue<string>());
        });
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task WorkroomSessions_Should_Be_OnlyTheVisibleOnes(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);

        // act
        var workrooms = await factory.AllNodesAsync(principal, "workrooms", "id sessions { id }");

        // assert
        Assert.All(workrooms, node =>
        {
            var workroom = oracle.Workrooms.Single(w => TenancyOracle.IdOf("Workroom", w.Id) == node.Str("id"));
            var expected = oracle.VisibleSessions(scope).Where(s => s.WorkroomId == workroom.Id)
                .Select(s => TenancyOracle.IdOf("MediationSession", s.Id)).Order();
            Assert.Equal(expected, node["sessions"]!.AsArray().Select(s => s.Str("id")).Order());
        });
    }

    [Theory]
    [MemberData(nameof(Principals.All), MemberType = typeof(Principals))]
    public async Task CampaignSuggestions_Should_Be_OnlyTheVisibleOnes(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);

        // act
        var campaigns = await factory.AllNodesAsync(principal, "campaigns", "id suggestions(first: 100) { totalCount nodes { id } }", pageSize: 1);

        // assert
        Assert.All(campaigns, node =>
        {
            var campaign = oracle.Campaigns.Single(c => TenancyOracle.IdOf("Campaign", c.Id) == node.Str("id"));
            var expected = oracle.Suggestions.Where(s => s.CampaignId == campaign.Id && oracle.CanSeeSuggestion(scope, s))
                .Select(s => TenancyOracle.IdOf("Suggestion", s.Id)).Order().ToList();
            Assert.Equal(expected, node["suggestions"]!["nodes"]!.AsArray().Select(s => s.Str("id")).Order());
            Assert.Equal(expected.Count, node["suggestions"]!["totalCount"]!.GetValue<int>());
        });
    }
}
