using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>resolveCase, verifyCase and closeCase: the end of a case's life (DESIGN §5).</summary>
public sealed class CaseResolutionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Ziteng = "/sh/putuo/taopu/ziteng/";
    private const string Taopu = "/sh/putuo/taopu/";

    [Fact]
    public async Task Resolve_Verify_Close_Should_EachAddTheirEvent_WithTheActorAndItsUnit()
    {
        // arrange
        var registered = await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（办结）");
        var accepted = await factory.AcceptAsync("taopu.officer", registered);

        // act
        var resolved = await factory.ResolveAsync("taopu.officer", accepted, "已协调物业更换楼道灯具。");
        var verified = await factory.SucceedAsync("ziteng.proxy", "verifyCase", CaseSteps.Verification(resolved, "SATISFIED"));
        var closed = await factory.SucceedAsync("taopu.officer", "closeCase",
            new { caseId = verified.Id(), version = verified.Version(), reason = "四个是否核查完毕。" });

        // assert
        Assert.Equal("RESOLVED", resolved.Str("status"));
        Assert.Equal("已协调物业更换楼道灯具。", resolved.Str("answer"));
        Assert.StartsWith("2026-11-20T02:00:00", resolved.Str("resolvedAt"));
        Assert.Equal("VERIFIED", verified.Str("status"));
        Assert.Equal("CLOSED", closed.Str("status"));
        Assert.NotNull(closed["closedAt"]);
        Assert.Equal(registered.Version() + 4, closed.Version());
        var events = await factory.EventsAsync("taopu.officer", closed.Id());
        Assert.Equal(["REGISTERED", "ACCEPTED", "RESOLVED", "VERIFIED", "CLOSED"], events.Select(e => e.Str("kind")));
        Assert.Equal(("桃浦镇信访干部", Taopu), Actor(events[2]));
        Assert.Equal("已协调物业更换楼道灯具。", events[2].Str("note"));
        Assert.Equal(("紫藤苑居委会信访代理员", Ziteng), Actor(events[3]));
        Assert.Contains("\"satisfaction\":\"SATISFIED\"", events[3].Str("data"));
        Assert.Equal(("桃浦镇信访干部", Taopu), Actor(events[4]));
    }

    [Fact]
    public async Task Verification_Should_BeListedOnTheCase_WithItsFourChecks()
    {
        // arrange
        var resolved = await factory.ResolveAsync("taopu.officer", await factory.AcceptAsync("taopu.officer",
            await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（核查记录）")));
        await factory.SucceedAsync("ziteng.proxy", "verifyCase", CaseSteps.Verification(resolved, "BASICALLY_SATISFIED"));
        const string query = """
            query Case($id: ID!) {
              case(id: $id) {
                status
                verifications { handledPerNorm measuresImplemented problemSolved citizenSatisfied satisfaction method note verifiedAt verifiedByUnit { path } }
              }
            }
            """;

        // act
        var response = await factory.AskAsync("taopu.officer", query, new { id = resolved.Id() });

        // assert
        Assert.Null(response["errors"]);
        var @case = response["data"]!["case"]!;
        Assert.Equal("VERIFIED", @case.Str("status"));
        var verification = Assert.Single(@case["verifications"]!.AsArray())!;
        Assert.True(verification["handledPerNorm"]!.GetValue<bool>());
        Assert.True(verification["citizenSatisfied"]!.GetValue<bool>());
        Assert.Equal("BASICALLY_SATISFIED", verification.Str("satisfaction"));
        Assert.Equal("PHONE", verification.Str("method"));
        Assert.Equal("电话回访信访人。", verification.Str("note"));
        Assert.Equal(Ziteng, verification["verifiedByUnit"].Str("path"));
    }

    [Fact]
    public async Task Dissatisfied_Should_ReopenTheCaseOnceForReview_AndCloseItAsUnresolvedTheSecondTime()
    {
        // arrange
        var resolved = await factory.ResolveAsync("taopu.officer", await factory.AcceptAsync("taopu.officer",
            await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（复查）")));

        // act
        var reviewed = await factory.SucceedAsync("ziteng.proxy", "verifyCase", CaseSteps.Verification(resolved, "DISSATISFIED"));
        var resolvedAgain = await factory.ResolveAsync("taopu.officer", reviewed, "复查后重新维修线路。");
        var closed = await factory.SucceedAsync("taopu.officer", "verifyCase", CaseSteps.Verification(resolvedAgain, "DISSATISFIED"));

        // assert
        Assert.Equal("IN_PROGRESS", reviewed.Str("status"));
        Assert.Equal(1, reviewed["reviewCount"]!.GetValue<int>());
        Assert.Null(reviewed["resolvedAt"]);
        Assert.StartsWith("2027-01-19T02:00:00", reviewed.Str("resolveDueAt")); // 60 days after the verification
        Assert.Equal("CLOSED", closed.Str("status"));
        Assert.Equal(1, closed["reviewCount"]!.GetValue<int>());
        Assert.NotNull(closed["closedAt"]);
        var events = await factory.EventsAsync("taopu.officer", closed.Id());
        Assert.Equal(
            ["REGISTERED", "ACCEPTED", "RESOLVED", "VERIFIED", "REOPENED", "RESOLVED", "VERIFIED", "CLOSED"],
            events.Select(e => e.Str("kind")));
        Assert.Contains("\"unresolved\":true", events[^1].Str("data"));
        Assert.Equal(("桃浦镇信访干部", Taopu), Actor(events[^1]));
    }

    [Fact]
    public async Task OwnerCommittee_Should_Verify_ACaseEscalatedToTheDistrict_WhichItCannotResolve()
    {
        // arrange: the seeded 紫藤苑 cracked-houses case, registered at 紫藤苑 and escalated to 普陀区
        const string query = """
            query { cases(where: { title: { startsWith: "紫藤苑小区多幢住宅" } }) { nodes { id version status handlingUnit { path } } } }
            """;
        var response = await factory.AskAsync("putuo.officer", query);
        var inProgress = Assert.Single(response["data"]!["cases"]!["nodes"]!.AsArray())!;
        Assert.Equal("/sh/putuo/", inProgress["handlingUnit"].Str("path"));

        // act
        var byOwner = await factory.MutateAsync("ziteng.proxy", "resolveCase",
            new { caseId = inProgress.Id(), version = inProgress.Version(), answer = "已完成鉴定和维修。" });
        var resolved = await factory.ResolveAsync("putuo.officer", inProgress, "已完成鉴定和维修。");
        var verified = await factory.SucceedAsync("ziteng.proxy", "verifyCase", CaseSteps.Verification(resolved, "SATISFIED"));

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", Assert.Single(byOwner["errors"]!.AsArray())!.Str("code"));
        Assert.Equal("VERIFIED", verified.Str("status"));
        var events = await factory.EventsAsync("putuo.officer", verified.Id());
        Assert.Equal(("普陀区信访干部", "/sh/putuo/"), Actor(events[^2]));
        Assert.Equal(("紫藤苑居委会信访代理员", Ziteng), Actor(events[^1]));
    }

    [Fact]
    public async Task Close_Should_ArchiveADeclinedCase()
    {
        // arrange
        var registered = await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（不予受理）");
        var declined = await factory.SucceedAsync("taopu.officer", "declineCase",
            new { caseId = registered.Id(), version = registered.Version(), reason = "不属于信访事项。" });

        // act
        var closed = await factory.SucceedAsync("ziteng.proxy", "closeCase",
            new { caseId = declined.Id(), version = declined.Version() });

        // assert
        Assert.Equal("CLOSED", closed.Str("status"));
    }

    private static (string Name, string UnitPath) Actor(JsonNode? entry) => (entry.Str("actorName"), entry!["actorUnit"].Str("path"));

    [Fact]
    public async Task Review_Should_Allow_ItsOwnDeadlineExtension()
    {
        // arrange: a case whose first handling period was extended, then found unsatisfying
        var registered = await factory.RegisterAsync("taopu.officer", "复查期间再次延期");
        var accepted = await factory.AcceptAsync("taopu.officer", registered);
        var extended = await factory.SucceedAsync("taopu.leader", "extendDeadline",
            new { caseId = accepted.Id(), version = accepted.Version(), days = 10, reason = "需第三方检测" });
        var resolved = await factory.ResolveAsync("taopu.officer", extended);
        var reopened = await factory.SucceedAsync("taopu.officer", "verifyCase", CaseSteps.Verification(resolved, "DISSATISFIED"), "deadlineExtended reviewCount");

        // act
        var extendedAgain = await factory.SucceedAsync("taopu.leader", "extendDeadline",
            new { caseId = reopened.Id(), version = reopened.Version(), days = 15, reason = "复查需重新鉴定" }, "deadlineExtended");

        // assert
        Assert.Equal("IN_PROGRESS", reopened.Str("status"));
        Assert.Equal(1, reopened.Int("reviewCount"));
        Assert.False(reopened["deadlineExtended"]!.GetValue<bool>());
        Assert.True(extendedAgain["deadlineExtended"]!.GetValue<bool>());
    }
}
