using System.Globalization;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>DESIGN §5 referrals (转办): the target sees the case at once and takes it over only when it accepts.</summary>
public sealed class CaseReferralTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CrossDistrictReferral_Should_MakeTaopuTheHandlingUnit_WhenItAccepts()
    {
        // arrange
        var registered = await factory.RegisterAsync("changbai.officer", "在桃浦镇务工被拖欠工资");
        var (id, number, version) = (registered.Id(), registered.Str("number"), registered.Version());
        var taopu = await factory.UnitIdAsync("/sh/putuo/taopu/");
        const string search = """
            query Find($number: String!) { cases(where: { number: { eq: $number } }) { totalCount nodes { id status } } }
            """;

        // act
        var referred = await factory.SucceedAsync("changbai.officer", "referCase",
            new { caseId = id, version, unitId = taopu, reason = "按属地原则转桃浦镇办理" });
        var found = await factory.AskAsync("taopu.officer", search, new { number });
        var queued = await factory.QueueAsync("taopu.officer", "REFERRALS_IN");
        var beforeAccepting = await factory.ReadAsync("taopu.officer", id, CaseSteps.SharingView);
        var accepted = await factory.SucceedAsync("taopu.officer", "acceptReferral",
            new { caseId = id, version = referred.Version(), note = "同意接收" });

        // assert
        Assert.Equal(("REGISTERED", "/sh/yangpu/changbai/"), (referred.Str("status"), referred.HandlingPath()));
        Assert.Equal(id, Assert.Single(found["data"]!["cases"]!["nodes"]!.AsArray())!.Str("id"));
        Assert.Contains(id, queued);
        Assert.DoesNotContain(id, await factory.QueueAsync("taopu.officer", "REFERRALS_IN"));
        Assert.Equal("/sh/yangpu/changbai/", beforeAccepting.HandlingPath());
        Assert.Equal(("ACCEPTED", "/sh/putuo/taopu/"), (accepted.Str("status"), accepted.HandlingPath()));
        var afterwards = await factory.ReadAsync("yangpu.officer", id, CaseSteps.SharingView);
        Assert.Equal(["REGISTERED", "REFERRED", "REFERRAL_ACCEPTED"], afterwards.EventKinds());
        var resolveDueAt = DateTime.Parse(afterwards.Str("resolveDueAt"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        Assert.Equal(factory.Clock.UtcNow.AddDays(60), resolveDueAt);
        var share = Assert.Single(afterwards["shares"]!.AsArray())!;
        Assert.Equal(("REFER", "ACCEPTED", "同意接收"), (share.Str("kind"), share.Str("status"), share.Str("responseReason")));
        var fromBaoshan = await factory.TryReadAsync("baoshan.officer", id);
        Assert.Null(fromBaoshan["data"]!["case"]);
        Assert.Equal("NOT_FOUND", fromBaoshan.ErrorCodes().Single());
    }

    [Fact]
    public async Task ReturnedReferral_Should_KeepTheHandlingUnit_AndStayVisibleToTheTargetAsHistory()
    {
        // arrange
        var registered = await factory.RegisterAsync("changbai.officer", "转办后被退回的案件");
        var (id, version) = (registered.Id(), registered.Version());
        var referred = await factory.SucceedAsync("changbai.officer", "referCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/taopu/") });

        var queuedBefore = await factory.QueueAsync("taopu.officer", "REFERRALS_IN");

        // act
        var returned = await factory.SucceedAsync("taopu.officer", "returnReferral",
            new { caseId = id, version = referred.Version(), reason = "用工单位不在本镇" });

        // assert
        Assert.Contains(id, queuedBefore);
        Assert.DoesNotContain(id, await factory.QueueAsync("taopu.officer", "REFERRALS_IN"));
        Assert.Equal(("REGISTERED", "/sh/yangpu/changbai/"), (returned.Str("status"), returned.HandlingPath()));
        var seen = await factory.ReadAsync("taopu.officer", id, CaseSteps.SharingView);
        Assert.Equal(["REGISTERED", "REFERRED", "REFERRAL_RETURNED"], seen.EventKinds());
        var share = Assert.Single(seen["shares"]!.AsArray())!;
        Assert.Equal(("RETURNED", "用工单位不在本镇"), (share.Str("status"), share.Str("responseReason")));
        var again = await factory.MutateAsync("taopu.officer", "acceptReferral", new { caseId = id, version = returned.Version() });
        Assert.Equal("INVALID_TRANSITION", again.ErrorCode());
    }

    [Fact]
    public async Task ReturnReferral_Should_RequireAReason()
    {
        // arrange
        var registered = await factory.RegisterAsync("changbai.officer", "退回须说明理由");
        var (id, version) = (registered.Id(), registered.Version());
        var referred = await factory.SucceedAsync("changbai.officer", "referCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/taopu/") });

        // act
        var payload = await factory.MutateAsync("taopu.officer", "returnReferral", new { caseId = id, version = referred.Version(), reason = " " });

        // assert
        Assert.Equal("VALIDATION", payload.ErrorCode());
        Assert.Equal("reason", payload["errors"]![0].Str("field"));
    }

    [Fact]
    public async Task PendingReferral_Should_BlockASecondReferralAndMoves_UntilAnswered()
    {
        // arrange
        var registered = await factory.RegisterAsync("changbai.officer", "一次只能有一个待接收的转办");
        var (id, version) = (registered.Id(), registered.Version());
        var referred = await factory.SucceedAsync("changbai.officer", "referCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/taopu/") });
        var next = new { caseId = id, version = referred.Version(), unitId = await factory.UnitIdAsync("/sh/baoshan/yanghang/") };

        // act
        var secondReferral = await factory.MutateAsync("changbai.officer", "referCase", next);
        var escalation = await factory.MutateAsync("changbai.officer", "escalateCase",
            new { caseId = id, version = referred.Version(), unitId = await factory.UnitIdAsync("/sh/yangpu/") });

        // assert
        Assert.Equal("INVALID_TRANSITION", secondReferral.ErrorCode());
        Assert.Equal("REGISTERED", secondReferral["errors"]![0].Str("currentStatus"));
        Assert.Equal("INVALID_TRANSITION", escalation.ErrorCode());
        Assert.Equal(2, (await factory.ReadAsync("changbai.officer", id, CaseSteps.SharingView))["events"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnsweringAReferral_Should_BeRefused_ToUnitsThatAreNotItsTarget()
    {
        // arrange
        var registered = await factory.RegisterAsync("changbai.officer", "只有转办对象可以接收");
        var (id, version) = (registered.Id(), registered.Version());
        var referred = await factory.SucceedAsync("changbai.officer", "referCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/taopu/") });
        var input = new { caseId = id, version = referred.Version() };

        // act
        var byOwnerDistrict = await factory.MutateAsync("yangpu.officer", "acceptReferral", input);
        var byAnotherDistrict = await factory.MutateAsync("baoshan.officer", "acceptReferral", input);
        var byViewer = await factory.MutateAsync("putuo.viewer", "acceptReferral", input);
        var byTargetDistrict = await factory.SucceedAsync("putuo.officer", "acceptReferral", input);

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", byOwnerDistrict.ErrorCode());
        Assert.Equal("NOT_FOUND", byAnotherDistrict.ErrorCode());
        Assert.Equal("AUTH_NOT_AUTHORIZED", byViewer.ErrorCode());
        Assert.Equal("/sh/putuo/taopu/", byTargetDistrict.HandlingPath());
    }

    [Fact]
    public async Task AcceptReferral_Should_Fail_WhenTheCaseHasNoPendingReferral()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "没有转办的案件");
        var (id, version) = (registered.Id(), registered.Version());

        // act
        var payload = await factory.MutateAsync("taopu.officer", "acceptReferral", new { caseId = id, version });

        // assert
        Assert.Equal("INVALID_TRANSITION", payload.ErrorCode());
    }

    [Fact]
    public async Task HandlingUnitOutsideTheOwnersDistrict_Should_ReferOnlyOnce_AndTheNextTargetShould_TakeTheCaseOver()
    {
        // arrange: the demo case from 安图新村 (杨浦) that 普陀 accepted and assigned to 桃浦
        const string find = """
            query { cases(where: { title: { eq: "普陀区培训机构预付费无法退还" } }) { nodes { id version } } }
            """;
        var seeded = Assert.Single((await factory.AskAsync("taopu.officer", find))["data"]!["cases"]!["nodes"]!.AsArray())!;
        var id = seeded.Str("id");
        var referred = await factory.SucceedAsync("taopu.officer", "referCase",
            new { caseId = id, version = seeded.Version(), unitId = await factory.UnitIdAsync("/sh/baoshan/yanghang/") });

        // act
        var second = await factory.MutateAsync("taopu.officer", "referCase",
            new { caseId = id, version = referred.Version(), unitId = await factory.UnitIdAsync("/sh/songjiang/shihudang/") });
        var accepted = await factory.SucceedAsync("yanghang.officer", "acceptReferral", new { caseId = id, version = referred.Version() });

        // assert
        Assert.Equal("INVALID_TRANSITION", second.ErrorCode());
        Assert.Equal(("IN_PROGRESS", "/sh/baoshan/yanghang/"), (accepted.Str("status"), accepted.HandlingPath()));
        Assert.Equal("/sh/baoshan/yanghang/", (await factory.ReadAsync("antu.proxy", id, CaseSteps.SharingView)).HandlingPath());
    }
}
