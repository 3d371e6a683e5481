using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Campaigns;

[Collection(SharedPlatform.Name)]
public sealed class UnpublishedAnswerFilterTests(PlatformFactory factory)
{
    private const string AdoptedInTaopu = """
        {
          campaigns(where: { status: { eq: OPEN }, answersPublished: { eq: false } }) {
            nodes {
              unit { path }
              adopted: suggestions(where: { status: { in: [ADOPTED, PARTLY_ADOPTED] } }) { totalCount }
              progressed: suggestions(where: { implementationProgress: { gt: 0 } }) { totalCount }
              all: suggestions(order: [{ status: DESC }], first: 100) { totalCount nodes { status response } }
            }
          }
        }
        """;

    [Fact]
    public async Task Outsiders_Should_NotFind_UnpublishedAnswers_ByFilteringOrOrdering()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetClientTokenAsync());

        // act
        var staff = await factory.AskAsync("taopu.officer", AdoptedInTaopu);
        var outsider = await client.PostGraphQLAsync(AdoptedInTaopu);

        // assert
        var staffCampaign = staff["data"]!["campaigns"]!["nodes"]!.AsArray().Single(c => c!["unit"]!["path"]!.GetValue<string>() == "/sh/putuo/taopu/")!;
        var outsiderCampaign = outsider["data"]!["campaigns"]!["nodes"]!.AsArray().Single(c => c!["unit"]!["path"]!.GetValue<string>() == "/sh/putuo/taopu/")!;
        Assert.True(staffCampaign["adopted"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.True(staffCampaign["progressed"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(0, outsiderCampaign["adopted"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, outsiderCampaign["progressed"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(staffCampaign["all"]!["totalCount"]!.GetValue<int>(), outsiderCampaign["all"]!["totalCount"]!.GetValue<int>());
        Assert.All(outsiderCampaign["all"]!["nodes"]!.AsArray(), s =>
        {
            Assert.Contains(s!["status"]!.GetValue<string>(), new[] { "SUBMITTED", "UNDER_REVIEW" });
            Assert.Null(s["response"]);
        });
    }
}
