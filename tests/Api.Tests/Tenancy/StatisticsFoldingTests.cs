using Platform.Api.Tests.Infrastructure;
using Platform.Data.Entities;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// DESIGN §4 rule 4: statistics fold what the reader cannot see. Until a campaign publishes its
/// answers, only its writers see them; everyone else's <c>unitStats</c> counts those suggestions
/// as received and not answered, as the campaign's own counts do.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class StatisticsFoldingTests(PlatformFactory factory)
{
    private const string SuggestionStats = """
        query Stats($unitId: ID!) {
          unitStats(unitId: $unitId, from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") {
            suggestions { received answered adopted adoptedRate }
          }
        }
        """;

    [Fact]
    public async Task Viewer_Should_Not_Count_UnpublishedAnswers_InUnitStats()
    {
        // arrange: 桃浦's campaign has answered suggestions and has not published them.
        var oracle = await TenancyOracle.ForAsync(factory);
        var putuo = oracle.Units.Single(u => u.Path == "/sh/putuo/");
        Assert.Contains(oracle.Suggestions, s => s.OwnerPath.StartsWith(putuo.Path, StringComparison.Ordinal) && IsAnswered(s));

        // act
        var response = await factory.AskAsync("putuo.viewer", SuggestionStats, new { unitId = TenancyOracle.IdOf("Unit", putuo.Id) });

        // assert
        Assert.Empty(response.ErrorCodes());
        var stats = response["data"]!["unitStats"]!["suggestions"]!;
        Assert.Equal((0, 0), (stats.Int("answered"), stats.Int("adopted")));
        Assert.Null(stats["adoptedRate"]);
    }

    [Theory]
    [MemberData(nameof(Principals.WithViewer), MemberType = typeof(Principals))]
    public async Task SuggestionFigures_Should_Count_OnlyTheAnswersTheReaderCanRead(string principal)
    {
        // arrange
        var oracle = await TenancyOracle.ForAsync(factory);
        var scope = await factory.ScopeOfAsync(principal);
        var unit = oracle.Units.Single(u => u.Path == scope);
        var readsAnswers = await factory.ReadsInternalAnswersAsync(principal);
        var received = oracle.Suggestions.Where(s => TenancyOracle.InScope(scope, s.OwnerPath)).ToList();
        var shown = received.Where(s => readsAnswers || oracle.Campaigns.Single(c => c.Id == s.CampaignId).AnswersPublished).ToList();
        var expected = (received.Count, shown.Count(IsAnswered), shown.Count(IsAdopted));

        // act
        var response = await factory.AskAsync(principal, SuggestionStats, new { unitId = TenancyOracle.IdOf("Unit", unit.Id) });

        // assert
        Assert.Empty(response.ErrorCodes());
        var stats = response["data"]!["unitStats"]!["suggestions"]!;
        Assert.Equal(expected, (stats.Int("received"), stats.Int("answered"), stats.Int("adopted")));
    }

    private static bool IsAnswered(Suggestion s) => s.Status is not (SuggestionStatus.Submitted or SuggestionStatus.UnderReview);

    private static bool IsAdopted(Suggestion s) => s.Status is SuggestionStatus.Adopted or SuggestionStatus.PartlyAdopted;
}
