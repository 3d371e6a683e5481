using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>What the sharing mutations refuse: bad targets, cases out of sight, stale versions, readers and clients.</summary>
public sealed class CaseSharingRulesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("assignCase", "/sh/putuo/")]
    [InlineData("assignCase", "/sh/putuo/taopu/")]
    [InlineData("escalateCase", "/sh/putuo/taopu/loupu/")]
    [InlineData("escalateCase", "/sh/yangpu/")]
    [InlineData("referCase", "/sh/putuo/taopu/")]
    [InlineData("referCase", "/sh/putuo/taopu/loupu/")]
    [InlineData("referCase", "/sh/putuo/")]
    [InlineData("requestAssistance", "/sh/putuo/taopu/")]
    public async Task Sharing_Should_RefuseATargetInTheWrongDirection_AndChangeNothing(string mutation, string target)
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", $"方向错误：{mutation} {target}");
        var (id, version) = (registered.Id(), registered.Version());

        // act
        var payload = await factory.MutateAsync("taopu.officer", mutation,
            new { caseId = id, version, unitId = await factory.UnitIdAsync(target) });

        // assert
        Assert.Equal("VALIDATION", payload.ErrorCode());
        Assert.Equal("unitId", payload["errors"]![0].Str("field"));
        var unchanged = await factory.ReadAsync("taopu.officer", id, CaseSteps.SharingView);
        Assert.Equal((version, 1), (unchanged.Version(), unchanged["events"]!["totalCount"]!.GetValue<int>()));
        Assert.Empty(unchanged["shares"]!.AsArray());
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("Q2FzZTox")]
    [InlineData("VW5pdDo5OTk5")]
    public async Task Sharing_Should_RefuseAnUnknownUnit(string unitId)
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "未知单位");
        var (id, version) = (registered.Id(), registered.Version());

        // act
        var payload = await factory.MutateAsync("taopu.officer", "referCase", new { caseId = id, version, unitId });

        // assert
        Assert.Equal("VALIDATION", payload.ErrorCode());
        Assert.Equal("unitId", payload["errors"]![0].Str("field"));
    }

    [Fact]
    public async Task Sharing_Should_RefuseAReasonOver2000Characters()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "理由过长");
        var (id, version) = (registered.Id(), registered.Version());

        // act
        var payload = await factory.MutateAsync("taopu.officer", "escalateCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/"), reason = new string('理', 2001) });

        // assert
        Assert.Equal("VALIDATION", payload.ErrorCode());
        Assert.Equal("reason", payload["errors"]![0].Str("field"));
    }

    [Theory]
    [InlineData("chunguang.proxy")]
    [InlineData("yanghang.officer")]
    [InlineData("changbai.officer")]
    public async Task Sharing_Should_Give_NotFound_ForACaseTheCallerCannotSee(string principal)
    {
        // arrange
        var registered = await factory.RegisterAsync("loupu.proxy", $"{principal} 看不到的案件");
        var (id, version) = (registered.Id(), registered.Version());

        // act
        var payload = await factory.MutateAsync(principal, "escalateCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/taopu/") });

        // assert
        Assert.Equal("NOT_FOUND", payload.ErrorCode());
    }

    [Fact]
    public async Task Sharing_Should_Give_ConcurrencyConflict_ForAStaleVersion()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "版本过期");
        var (id, version) = (registered.Id(), registered.Version());
        var putuo = await factory.UnitIdAsync("/sh/putuo/");
        await factory.SucceedAsync("taopu.officer", "requestAssistance",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/baoshan/yanghang/") });

        // act
        var payload = await factory.MutateAsync("taopu.officer", "escalateCase", new { caseId = id, version, unitId = putuo });

        // assert
        Assert.Equal("CONCURRENCY_CONFLICT", payload.ErrorCode());
        var seen = await factory.ReadAsync("taopu.officer", id, CaseSteps.SharingView);
        Assert.Equal(("/sh/putuo/taopu/", 2), (seen.HandlingPath(), seen["events"]!["totalCount"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("putuo.viewer")]
    [InlineData(Principals.Integration)]
    public async Task Sharing_Should_Give_NotAuthorized_ToPrincipalsThatOnlyRead(string principal)
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", $"{principal} 只读");
        var (id, version) = (registered.Id(), registered.Version());

        // act
        var payload = await factory.MutateAsync(principal, "escalateCase",
            new { caseId = id, version, unitId = await factory.UnitIdAsync("/sh/putuo/") });

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", payload.ErrorCode());
    }

    [Fact]
    public async Task Sharing_Should_Refuse_ACaseThatIsNoLongerOpen()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "已撤回的案件");
        var (id, version) = (registered.Id(), registered.Version());
        var withdrawn = await factory.SucceedAsync("taopu.officer", "withdrawCase", new { caseId = id, version });

        // act
        var payload = await factory.MutateAsync("taopu.officer", "requestAssistance",
            new { caseId = id, version = withdrawn.Version(), unitId = await factory.UnitIdAsync("/sh/putuo/") });

        // assert
        Assert.Equal("INVALID_TRANSITION", payload.ErrorCode());
        Assert.Equal("WITHDRAWN", payload["errors"]![0].Str("currentStatus"));
    }
}
