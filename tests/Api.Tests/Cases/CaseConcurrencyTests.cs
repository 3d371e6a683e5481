using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Cases;

public sealed class CaseConcurrencyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task TwoConcurrentUpdates_WithTheSameVersion_Should_Let_ExactlyOneSucceed()
    {
        // arrange
        var registered = await factory.AskAsync("taopu.officer", """
            mutation {
              registerCase(input: {
                petitioners: [{ name: "王五" }], headcount: 1, channel: PHONE, receptionForm: APPOINTMENT,
                category: TRANSPORT, title: "公交站点设置不合理", description: "站点离小区太远" }) {
                case { id version }
              }
            }
            """);
        var id = registered["data"]!["registerCase"]!["case"]!["id"]!.GetValue<string>();
        const string accept = """
            mutation Accept($id: ID!) {
              acceptCase(input: { caseId: $id, version: 1 }) {
                case { version }
                errors { ... on Error { code } }
              }
            }
            """;

        // act
        var responses = await Task.WhenAll(
            factory.AskAsync("taopu.officer", accept, new { id }),
            factory.AskAsync("taopu.leader", accept, new { id }));

        // assert
        var codes = responses.Select(r => r["data"]!["acceptCase"]!["errors"]?.AsArray().Single()!["code"]!.GetValue<string>()).ToList();
        Assert.Single(codes, c => c is null);
        Assert.Single(codes, c => c == "CONCURRENCY_CONFLICT");
        var timeline = await factory.AskAsync("taopu.officer", """
            query Timeline($id: ID!) { case(id: $id) { version events { totalCount nodes { kind } } } }
            """, new { id });
        Assert.Equal(2, timeline["data"]!["case"]!["version"]!.GetValue<int>());
        Assert.Equal(2, timeline["data"]!["case"]!["events"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task StaleVersion_Should_Return_ConcurrencyConflict_With_TheCurrentVersion()
    {
        // arrange
        var registered = await factory.AskAsync("taopu.officer", """
            mutation {
              registerCase(input: {
                petitioners: [{ name: "赵六" }], headcount: 1, channel: LETTER, receptionForm: ON_SITE,
                category: ENVIRONMENT, title: "垃圾房异味", description: "夏季异味严重" }) {
                case { id }
              }
            }
            """);
        var id = registered["data"]!["registerCase"]!["case"]!["id"]!.GetValue<string>();

        // act
        var response = await factory.AskAsync("taopu.officer", """
            mutation Accept($id: ID!) {
              acceptCase(input: { caseId: $id, version: 7 }) {
                case { id }
                errors { __typename ... on ConcurrencyConflictError { code currentVersion } }
              }
            }
            """, new { id });

        // assert
        var error = response["data"]!["acceptCase"]!["errors"]![0]!;
        Assert.Equal("CONCURRENCY_CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal(1, error["currentVersion"]!.GetValue<int>());
    }
}
