using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Cases;

/// <summary>Issue 7 acceptance 2: registrations race without errors, lost numbers or failure logs.</summary>
public sealed class CaseRegistrationRaceTests : IDisposable
{
    private const string Register = """
        mutation Register($input: RegisterCaseInput!) {
          registerCase(input: $input) {
            case { id number }
            errors { __typename ... on Error { message code } ... on ValidationError { field } }
          }
        }
        """;

    private static readonly string[] Registrars =
        ["taopu.officer", "taopu.leader", "putuo.officer", "putuo.leader", "loupu.proxy", "ziteng.proxy", "chunguang.proxy", "zhenjian.proxy"];

    private readonly RecordedLogs logs = new();
    private readonly PlatformFactory factory;

    public CaseRegistrationRaceTests()
    {
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
    }

    [Fact]
    public async Task SixtyFourConcurrentRegistrations_FromEightPrincipals_Should_All_Succeed_With_DistinctNumbers()
    {
        // arrange
        foreach (var registrar in Registrars)
        {
            await factory.TokenAsync(registrar);
        }

        // act
        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            factory.AskAsync(Registrars[i % Registrars.Length], Register, new { input = NewCase($"并发登记 {i}") })));

        // assert
        Assert.All(responses, r => Assert.True(r["errors"] is null && r["data"]!["registerCase"]!["errors"] is null, r.ToJsonString()));
        var numbers = responses.Select(r => r["data"]!["registerCase"]!["case"].Str("number")).ToList();
        Assert.Equal(64, numbers.Distinct().Count());
        Assert.Equal(64, await CountAsync("并发登记"));
        Assert.Empty(logs.Failures);
    }

    [Fact]
    public async Task EightConcurrentReplays_OfOneClientMutationId_Should_Register_OneCase_Without_AFailureLog()
    {
        // arrange
        var input = NewCase("并发重放", clientMutationId: "replay-8-at-once");
        await factory.TokenAsync("taopu.officer");

        // act
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.AskAsync("taopu.officer", Register, new { input })));

        // assert
        Assert.All(responses, r => Assert.True(r["errors"] is null && r["data"]!["registerCase"]!["errors"] is null, r.ToJsonString()));
        Assert.Single(responses.Select(r => r["data"]!["registerCase"]!["case"].Str("id")).Distinct());
        Assert.Equal(1, await CountAsync("并发重放"));
        Assert.Empty(logs.Failures);
    }

    [Fact]
    public async Task ClientMutationId_LongerThanSixtyFourCharacters_Should_Be_AValidationError()
    {
        // arrange
        var input = NewCase("过长的重试键", clientMutationId: new string('k', 65));

        // act
        var response = await factory.AskAsync("taopu.officer", Register, new { input });

        // assert
        var payload = response["data"]!["registerCase"]!;
        Assert.Null(payload["case"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "clientMutationId"), (error.Str("code"), error.Str("field")));
        Assert.Equal(0, await CountAsync("过长的重试键"));
    }

    public void Dispose() => factory.Dispose();

    private async Task<int> CountAsync(string titlePrefix)
    {
        var response = await factory.AskAsync("putuo.officer", """
            query Count($prefix: String!) { cases(where: { title: { startsWith: $prefix } }) { totalCount } }
            """, new { prefix = titlePrefix });
        return response["data"]!["cases"].Int("totalCount");
    }

    private static JsonObject NewCase(string title, string? clientMutationId = null) => new()
    {
        ["petitioners"] = new JsonArray(new JsonObject { ["name"] = "赵六", ["phone"] = "13900002222" }),
        ["headcount"] = 1,
        ["channel"] = "VISIT",
        ["receptionForm"] = "ON_SITE",
        ["category"] = "HOUSING",
        ["title"] = title,
        ["description"] = "并发登记测试",
        ["clientMutationId"] = clientMutationId,
    };
}
