using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>resolveCase, verifyCase and closeCase refuse wrong states, read-only callers and bad input, and change nothing.</summary>
public sealed class CaseResolutionRefusalTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Resolve_Should_Fail_WithInvalidTransition_NamingTheCurrentStatus()
    {
        // arrange
        var registered = await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（未受理）");

        // act
        var payload = await factory.MutateAsync("taopu.officer", "resolveCase",
            new { caseId = registered.Id(), version = registered.Version(), answer = "已处理。" });

        // assert
        Assert.Null(payload["case"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("INVALID_TRANSITION", error.Str("code"));
        Assert.Equal("REGISTERED", error.Str("currentStatus"));
        Assert.Contains("REGISTERED", error.Str("message"));
        Assert.Equal(["REGISTERED"], (await factory.EventsAsync("taopu.officer", registered.Id())).Select(e => e.Str("kind")));
    }

    [Fact]
    public async Task Verify_And_Close_Should_Fail_WithInvalidTransition_OutsideTheirStates()
    {
        // arrange
        var accepted = await factory.AcceptAsync("taopu.officer", await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（未办结）"));

        // act
        var verify = await factory.MutateAsync("taopu.officer", "verifyCase", CaseSteps.Verification(accepted, "SATISFIED"));
        var close = await factory.MutateAsync("taopu.officer", "closeCase",
            new { caseId = accepted.Id(), version = accepted.Version() });

        // assert
        Assert.Equal(("INVALID_TRANSITION", "ACCEPTED"), Refusal(verify));
        Assert.Equal(("INVALID_TRANSITION", "ACCEPTED"), Refusal(close));
    }

    [Fact]
    public async Task Viewer_Should_Get_NotAuthorized_AndChangeNothing()
    {
        // arrange: a Putuo case in ACCEPTED state that putuo.viewer can see
        var accepted = await factory.AcceptAsync("taopu.officer", await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（只读）"));

        // act
        var payload = await factory.MutateAsync("putuo.viewer", "resolveCase",
            new { caseId = accepted.Id(), version = accepted.Version(), answer = "已处理。" });

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", Assert.Single(payload["errors"]!.AsArray())!.Str("code"));
        Assert.Equal(["REGISTERED", "ACCEPTED"], (await factory.EventsAsync("putuo.viewer", accepted.Id())).Select(e => e.Str("kind")));
    }

    [Fact]
    public async Task Verify_Should_Refuse_ASatisfiedCitizenWhoIsDissatisfied_AndAnAnswerTooLong()
    {
        // arrange
        var accepted = await factory.AcceptAsync("taopu.officer", await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（输入校验）"));
        var resolved = await factory.ResolveAsync("taopu.officer", accepted);
        var contradictory = new
        {
            caseId = resolved.Id(),
            version = resolved.Version(),
            handledPerNorm = true,
            measuresImplemented = true,
            problemSolved = true,
            citizenSatisfied = true,
            satisfaction = "DISSATISFIED",
            method = "ON_SITE",
        };

        // act
        var verify = await factory.MutateAsync("ziteng.proxy", "verifyCase", contradictory);
        var resolve = await factory.MutateAsync("taopu.officer", "resolveCase",
            new { caseId = accepted.Id(), version = accepted.Version(), answer = new string('答', 10_001) });

        // assert
        Assert.Equal(("VALIDATION", "citizenSatisfied"), Field(verify));
        Assert.Equal(("VALIDATION", "answer"), Field(resolve));
        Assert.Equal(["REGISTERED", "ACCEPTED", "RESOLVED"], (await factory.EventsAsync("taopu.officer", resolved.Id())).Select(e => e.Str("kind")));
    }

    private static (string Code, string Status) Refusal(JsonNode payload)
    {
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        return (error.Str("code"), error.Str("currentStatus"));
    }

    private static (string Code, string Field) Field(JsonNode payload)
    {
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        return (error.Str("code"), error.Str("field"));
    }
}
