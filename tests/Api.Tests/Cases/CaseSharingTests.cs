using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>DESIGN §5 shares that move or widen a case at once: assign (交办), escalate (上报), assist (协办).</summary>
public sealed class CaseSharingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task AssignCase_Should_MakeTheDescendantTheHandlingUnit_AndAddOneEvent()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "交办楼浦村的案件");
        var (id, version) = (registered.Id(), registered.Version());
        var accepted = await factory.SucceedAsync("taopu.officer", "acceptCase", new { caseId = id, version });
        var loupu = await factory.UnitIdAsync("/sh/putuo/taopu/loupu/");

        // act
        var assigned = await factory.SucceedAsync("taopu.officer", "assignCase",
            new { caseId = id, version = accepted.Version(), unitId = loupu, reason = "属地处置" });

        // assert
        Assert.Equal("IN_PROGRESS", assigned.Str("status"));
        Assert.Equal("/sh/putuo/taopu/loupu/", assigned.HandlingPath());
        var seenByLoupu = await factory.ReadAsync("loupu.proxy", id, CaseSteps.SharingView);
        Assert.Equal(["REGISTERED", "ACCEPTED", "ASSIGNED"], seenByLoupu.EventKinds());
        var share = Assert.Single(seenByLoupu["shares"]!.AsArray())!;
        Assert.Equal(("ASSIGN", "ACTIVE", "/sh/putuo/taopu/loupu/", "/sh/putuo/taopu/"),
            (share.Str("kind"), share.Str("status"), share["targetUnit"].Str("path"), share["fromUnit"].Str("path")));
        Assert.Equal("/sh/putuo/taopu/", seenByLoupu["ownerUnit"].Str("path"));
    }

    [Fact]
    public async Task AssignCase_Should_LeaveARegisteredCaseRegistered_ForTheTargetToAccept()
    {
        // arrange
        var registered = await factory.RegisterAsync("putuo.officer", "交办桃浦镇的待受理案件");
        var (id, version) = (registered.Id(), registered.Version());
        var taopu = await factory.UnitIdAsync("/sh/putuo/taopu/");

        // act
        var assigned = await factory.SucceedAsync("putuo.officer", "assignCase", new { caseId = id, version, unitId = taopu });
        var accepted = await factory.SucceedAsync("taopu.officer", "acceptCase", new { caseId = id, version = assigned.Version() });

        // assert
        Assert.Equal("REGISTERED", assigned.Str("status"));
        Assert.Equal("ACCEPTED", accepted.Str("status"));
        Assert.Equal("/sh/putuo/taopu/", accepted.HandlingPath());
    }

    [Fact]
    public async Task EscalateCase_Should_LetTheDistrictSeeAndHandleTheCase_ThroughEveryReadPath()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "上报普陀区的房屋开裂问题");
        var (id, number, version) = (registered.Id(), registered.Str("number"), registered.Version());
        var accepted = await factory.SucceedAsync("taopu.officer", "acceptCase", new { caseId = id, version });
        var putuo = await factory.UnitIdAsync("/sh/putuo/");
        const string query = """
            query Reads($id: ID!, $number: String!) {
              cases(where: { number: { eq: $number } }) { totalCount nodes { id handlingUnit { path } } }
              case(id: $id) { status handlingUnit { path } events(first: 100) { nodes { kind data actorUnit { path } } } }
              node(id: $id) { ... on Case { number } }
            }
            """;

        // act
        var escalated = await factory.SucceedAsync("taopu.officer", "escalateCase",
            new { caseId = id, version = accepted.Version(), unitId = putuo, reason = "需区级统筹" });
        var response = await factory.AskAsync("putuo.officer", query, new { id, number });

        // assert
        Assert.Equal(("IN_PROGRESS", "/sh/putuo/"), (escalated.Str("status"), escalated.HandlingPath()));
        Assert.Null(response["errors"]);
        var data = response["data"]!;
        Assert.Equal(1, data["cases"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(number, data["node"].Str("number"));
        var last = data["case"]!["events"]!["nodes"]!.AsArray()[^1]!;
        Assert.Equal(("ESCALATED", "/sh/putuo/taopu/"), (last.Str("kind"), last["actorUnit"].Str("path")));
        Assert.Contains("\"to\":\"/sh/putuo/\"", last.Str("data"));
        Assert.Equal(3, data["case"]!["events"]!["nodes"]!.AsArray().Count);
        Assert.Equal("/sh/putuo/", (await factory.ReadAsync("taopu.officer", id, CaseSteps.SharingView)).HandlingPath());
    }

    [Fact]
    public async Task EscalatedCase_Should_BeHandledByTheDistrict_NotByTheTownshipAnyMore()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "上报后不能再由镇交办");
        var (id, version) = (registered.Id(), registered.Version());
        var escalated = await factory.SucceedAsync("taopu.officer", "escalateCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/") });
        var loupu = await factory.UnitIdAsync("/sh/putuo/taopu/loupu/");

        // act
        var byTownship = await factory.MutateAsync("taopu.officer", "assignCase", new { caseId = id, version = escalated.Version(), unitId = loupu });
        var byDistrict = await factory.SucceedAsync("putuo.officer", "assignCase", new { caseId = id, version = escalated.Version(), unitId = loupu });

        // assert
        Assert.Equal("REGISTERED", escalated.Str("status"));
        Assert.Equal("AUTH_NOT_AUTHORIZED", byTownship.ErrorCode());
        Assert.Equal("/sh/putuo/taopu/loupu/", byDistrict.HandlingPath());
    }

    [Fact]
    public async Task RequestAssistance_Should_ShowTheCaseToTheHelper_AndKeepTheHandlingUnit()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "物流园区货车管控需杨行镇协办");
        var (id, version) = (registered.Id(), registered.Version());
        var yanghang = await factory.UnitIdAsync("/sh/baoshan/yanghang/");
        Assert.Equal("NOT_FOUND", (await factory.TryReadAsync("yanghang.officer", id)).ErrorCodes().Single());

        // act
        var assisted = await factory.SucceedAsync("taopu.officer", "requestAssistance",
            new { caseId = id, version, unitId = yanghang, reason = "吹哨报到" });

        // assert
        Assert.Equal(("REGISTERED", "/sh/putuo/taopu/", version + 1), (assisted.Str("status"), assisted.HandlingPath(), assisted.Version()));
        var seen = await factory.ReadAsync("yanghang.officer", id, CaseSteps.SharingView);
        Assert.Equal(["REGISTERED", "ASSISTANCE_REQUESTED"], seen.EventKinds());
        Assert.Equal("ASSIST", Assert.Single(seen["shares"]!.AsArray())!.Str("kind"));
        var byHelper = await factory.MutateAsync("yanghang.officer", "assignCase",
            new { caseId = id, version = assisted.Version(), unitId = await factory.UnitIdAsync("/sh/baoshan/yanghang/yhcun1/") });
        Assert.Equal("AUTH_NOT_AUTHORIZED", byHelper.ErrorCode());
    }
}
