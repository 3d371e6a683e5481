using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>Leader ownership (领导包案), supervision (督办), reminders and notes, as DESIGN §4 rule 5 allows them.</summary>
public sealed class CaseLeaderActsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Cracks = "紫藤苑小区多幢住宅墙体开裂";
    private const string Trucks = "重型货车夜间穿行居民区";

    [Fact]
    public async Task DistrictLeader_Should_TakeOwnership_OfACaseHandledByTheDistrict()
    {
        // arrange
        var before = await factory.FindAsync("putuo.leader", Cracks, "handlingUnit { path }");
        Assert.Equal("/sh/putuo/", before["handlingUnit"].Str("path"));

        // act
        var payload = await factory.MutateAsync("putuo.leader", "assignLeaderOwner",
            new { caseId = before.Str("id"), version = before.Int("version"), reason = "区领导包案" }, "leaderOwnerName");

        // assert
        var after = payload.Succeeded();
        Assert.Equal(before.Int("version") + 1, after.Int("version"));
        Assert.Equal(before.Str("status"), after.Str("status"));
        var last = await factory.LastEventAsync("putuo.leader", before.Str("id"));
        Assert.Equal("LEADER_OWNER_ASSIGNED", last.Str("kind"));
        Assert.Equal("/sh/putuo/", last["actorUnit"].Str("path"));
        Assert.Equal(last.Str("actorName"), after.Str("leaderOwnerName"));
    }

    [Fact]
    public async Task Officer_Should_NotTakeLeaderOwnership()
    {
        // arrange
        var before = await factory.FindAsync("putuo.officer", Cracks);

        // act
        var payload = await factory.MutateAsync("putuo.officer", "assignLeaderOwner",
            new { caseId = before.Str("id"), version = before.Int("version") });

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", payload.ErrorCode());
        Assert.Null(payload["case"]);
        var after = await factory.ReadAsync("putuo.officer", before.Str("id"));
        Assert.Equal(before.Int("version"), after.Int("version"));
    }

    [Fact]
    public async Task SuperiorLeader_Should_Supervise_AndHandlingUnit_Should_ReplyOnce()
    {
        // arrange
        var trucks = await factory.FindAsync("putuo.leader", Trucks, "handlingUnit { path }");
        Assert.Equal("/sh/putuo/taopu/", trucks["handlingUnit"].Str("path"));
        var replyDueAt = factory.Clock.UtcNow.AddDays(3);

        // act
        var supervised = (await factory.MutateAsync("putuo.leader", "superviseCase", new
        {
            caseId = trucks.Str("id"),
            version = trucks.Int("version"),
            level = "URGENT",
            replyDueAt,
            instruction = "请桃浦镇一周内拿出货车限行方案。",
        }, "supervisions { id level instruction replyDueAt reply issuedByUnit { path } }")).Succeeded();
        var order = supervised["supervisions"]!.AsArray().Single(s => s!["reply"] is null)!;
        var reply = (await factory.MutateAsync("taopu.officer", "replyToSupervision", new
        {
            caseId = trucks.Str("id"),
            version = supervised.Int("version"),
            supervisionId = order.Str("id"),
            reply = "已制定夜间限行方案并报区交警支队。",
        }, "supervisions { id reply repliedAt }")).Succeeded();
        var again = await factory.MutateAsync("taopu.officer", "replyToSupervision", new
        {
            caseId = trucks.Str("id"),
            version = reply.Int("version"),
            supervisionId = order.Str("id"),
            reply = "再次回复。",
        });

        // assert
        Assert.Equal("URGENT", order.Str("level"));
        Assert.Equal("/sh/putuo/", order["issuedByUnit"].Str("path"));
        Assert.Equal(trucks.Int("version") + 2, reply.Int("version"));
        var answered = reply["supervisions"]!.AsArray().Single(s => s.Str("id") == order.Str("id"))!;
        Assert.Equal("已制定夜间限行方案并报区交警支队。", answered.Str("reply"));
        Assert.NotNull(answered["repliedAt"]);
        Assert.Equal("INVALID_TRANSITION", again.ErrorCode());
        var last = await factory.LastEventAsync("taopu.officer", trucks.Str("id"));
        Assert.Equal("SUPERVISION_REPLIED", last.Str("kind"));
        Assert.Equal("/sh/putuo/taopu/", last["actorUnit"].Str("path"));
    }

    [Fact]
    public async Task LeaderOfTheHandlingUnit_Should_NotSupervise_ItsOwnCase()
    {
        // arrange
        var trucks = await factory.FindAsync("taopu.leader", Trucks);

        // act
        var payload = await factory.MutateAsync("taopu.leader", "superviseCase", new
        {
            caseId = trucks.Str("id"),
            version = trucks.Int("version"),
            level = "NORMAL",
            replyDueAt = factory.Clock.UtcNow.AddDays(3),
            instruction = "自己督办自己。",
        });

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", payload.ErrorCode());
    }

    [Fact]
    public async Task OwnerUnit_Should_RemindTheHandlingUnit_AfterTheCaseMovedUp()
    {
        // arrange
        var cracks = await factory.FindAsync("ziteng.proxy", Cracks);

        // act
        var payload = await factory.MutateAsync("ziteng.proxy", "remindCase",
            new { caseId = cracks.Str("id"), version = cracks.Int("version"), note = "居民再次来电询问鉴定进度。" });

        // assert
        Assert.Equal(cracks.Int("version") + 1, payload.Succeeded().Int("version"));
        var last = await factory.LastEventAsync("ziteng.proxy", cracks.Str("id"));
        Assert.Equal("REMINDED", last.Str("kind"));
        Assert.Equal("/sh/putuo/taopu/ziteng/", last["actorUnit"].Str("path"));
        Assert.Equal("居民再次来电询问鉴定进度。", last.Str("note"));
    }

    [Fact]
    public async Task AssistingUnit_Should_AddNotes_AndNothingElse()
    {
        // arrange
        var trucks = await factory.FindAsync("changbai.officer", Trucks, "shares { kind status targetUnit { path } }");
        Assert.Contains(trucks["shares"]!.AsArray(), s => s.Str("kind") == "ASSIST" && s!["targetUnit"].Str("path") == "/sh/yangpu/changbai/");

        // act
        var noted = await factory.MutateAsync("changbai.officer", "addCaseNote",
            new { caseId = trucks.Str("id"), version = trucks.Int("version"), note = "长白新村街道已约谈相关物流企业。" });
        var version = noted.Succeeded().Int("version");
        var reminded = await factory.MutateAsync("changbai.officer", "remindCase", new { caseId = trucks.Str("id"), version });
        var withdrawn = await factory.MutateAsync("changbai.officer", "withdrawCase", new { caseId = trucks.Str("id"), version });
        var extended = await factory.MutateAsync("changbai.leader", "extendDeadline",
            new { caseId = trucks.Str("id"), version, days = 10, reason = "协办单位延期" });
        var supervised = await factory.MutateAsync("yangpu.leader", "superviseCase", new
        {
            caseId = trucks.Str("id"),
            version,
            level = "KEY",
            replyDueAt = factory.Clock.UtcNow.AddDays(3),
            instruction = "协办单位的上级督办。",
        });

        // assert
        Assert.Equal(trucks.Int("version") + 1, version);
        var last = await factory.LastEventAsync("changbai.officer", trucks.Str("id"));
        Assert.Equal("NOTE_ADDED", last.Str("kind"));
        Assert.Equal("/sh/yangpu/changbai/", last["actorUnit"].Str("path"));
        Assert.Equal("AUTH_NOT_AUTHORIZED", reminded.ErrorCode());
        Assert.Equal("AUTH_NOT_AUTHORIZED", withdrawn.ErrorCode());
        Assert.Equal("AUTH_NOT_AUTHORIZED", extended.ErrorCode());
        Assert.Equal("AUTH_NOT_AUTHORIZED", supervised.ErrorCode());
        Assert.Equal(version, (await factory.ReadAsync("changbai.officer", trucks.Str("id"))).Int("version"));
    }
}
