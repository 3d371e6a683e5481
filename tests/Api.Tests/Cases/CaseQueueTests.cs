using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Tenancy;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary><c>viewer.queue(kind:)</c> and <c>viewer.queueCounts</c>: the work of the caller's own unit.</summary>
public sealed class CaseQueueTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task RegisteredCase_Should_BePendingAcceptance_OfItsOwnUnitOnly_NotOfTheTownship()
    {
        // act
        var registered = await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（待受理）");

        // assert
        Assert.Contains(registered.Id(), await factory.QueueAsync("ziteng.proxy", "PENDING_ACCEPTANCE"));
        Assert.DoesNotContain(registered.Id(), await factory.QueueAsync("taopu.officer", "PENDING_ACCEPTANCE"));
        Assert.DoesNotContain(registered.Id(), await factory.QueueAsync("ziteng.proxy", "IN_PROGRESS"));
    }

    [Fact]
    public async Task Case_Should_MoveThroughTheQueues_AsItIsAccepted_Resolved_AndVerified()
    {
        // arrange
        var registered = await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（流转）");
        var id = registered.Id();

        // act
        var accepted = await factory.AcceptAsync("taopu.officer", registered);
        var inProgress = await factory.QueueAsync("ziteng.proxy", "IN_PROGRESS");
        var resolved = await factory.ResolveAsync("taopu.officer", accepted);
        var awaiting = await factory.QueueAsync("ziteng.proxy", "AWAITING_VERIFICATION");
        var awaitingAtTownship = await factory.QueueAsync("taopu.officer", "AWAITING_VERIFICATION");
        await factory.SucceedAsync("ziteng.proxy", "verifyCase", CaseSteps.Verification(resolved, "SATISFIED"));

        // assert
        Assert.Contains(id, inProgress);
        Assert.DoesNotContain(id, await factory.QueueAsync("ziteng.proxy", "PENDING_ACCEPTANCE"));
        Assert.Contains(id, awaiting);
        Assert.DoesNotContain(id, awaitingAtTownship);
        Assert.DoesNotContain(id, await factory.QueueAsync("ziteng.proxy", "AWAITING_VERIFICATION"));
    }

    [Fact]
    public async Task RegisteredCase_Should_BeDueSoon_ThreeDaysBeforeItsAcceptanceDeadline_AndOverdueAfterIt()
    {
        // arrange
        var id = (await factory.RegisterAsync("ziteng.proxy", "楼道照明损坏（期限）")).Id();
        var start = factory.Clock.UtcNow;
        try
        {
            // act
            var dueSoonAtOnce = await factory.QueueAsync("ziteng.proxy", "DUE_SOON");
            factory.Clock.UtcNow = start.AddDays(13);
            var dueSoon = await factory.QueueAsync("ziteng.proxy", "DUE_SOON");
            var overdueNotYet = await factory.QueueAsync("ziteng.proxy", "OVERDUE");
            factory.Clock.UtcNow = start.AddDays(16);
            var dueSoonNoMore = await factory.QueueAsync("ziteng.proxy", "DUE_SOON");
            var overdue = await factory.QueueAsync("ziteng.proxy", "OVERDUE");
            var overdueAtTownship = await factory.QueueAsync("taopu.officer", "OVERDUE");

            // assert
            Assert.DoesNotContain(id, dueSoonAtOnce);
            Assert.Contains(id, dueSoon);
            Assert.DoesNotContain(id, overdueNotYet);
            Assert.DoesNotContain(id, dueSoonNoMore);
            Assert.Contains(id, overdue);
            Assert.DoesNotContain(id, overdueAtTownship);
        }
        finally
        {
            factory.Clock.UtcNow = start;
        }
    }

    [Fact]
    public async Task PendingReferral_Should_BeInTheTargetsReferralsIn_AndLeaveIt_WhenReturned_WhileStayingVisible()
    {
        // arrange: the seeded referral from 长白新村街道 (杨浦) to 桃浦镇
        await using var db = Database();
        var share = await db.CaseShares.SingleAsync(s => s.Kind == ShareKind.Refer && s.Status == ShareStatus.Active && s.TargetPath == "/sh/putuo/taopu/");
        var ownerPath = await db.Cases.Where(c => c.Id == share.CaseId).Select(c => c.OwnerPath).SingleAsync();
        var id = TenancyOracle.IdOf("Case", share.CaseId);
        var before = await factory.QueueAsync("taopu.officer", "REFERRALS_IN");

        // act
        share.Status = ShareStatus.Returned;
        share.RespondedAt = factory.Clock.UtcNow;
        share.ResponseReason = "用工单位已迁出桃浦镇。";
        await db.SaveChangesAsync();
        var after = await factory.QueueAsync("taopu.officer", "REFERRALS_IN");
        var stillVisible = await factory.AskAsync("taopu.officer", """query($id: ID!) { case(id: $id) { id } }""", new { id });

        // assert
        Assert.StartsWith("/sh/yangpu/changbai/", ownerPath, StringComparison.Ordinal);
        Assert.Contains(id, before);
        Assert.DoesNotContain(id, await factory.QueueAsync("putuo.officer", "REFERRALS_IN"));
        Assert.DoesNotContain(id, after);
        Assert.Equal(id, stillVisible["data"]!["case"].Str("id"));
    }

    [Fact]
    public async Task UnrepliedSupervision_Should_PutTheCaseInTheHandlingUnitsSupervisedQueue()
    {
        // arrange: a supervision order from 普陀区 on a case 桃浦镇 handles
        await using var db = Database();
        var @case = await db.Cases.SingleAsync(c => c.Title == "物业公司擅自提高停车管理费");
        var putuo = await db.Units.SingleAsync(u => u.Path == "/sh/putuo/");
        var id = TenancyOracle.IdOf("Case", @case.Id);
        var before = await factory.QueueAsync("taopu.officer", "SUPERVISED");

        // act
        db.CaseSupervisions.Add(new CaseSupervision
        {
            CaseId = @case.Id,
            OwnerPath = @case.OwnerPath,
            IssuedByUnitId = putuo.Id,
            IssuedById = "putuo.leader",
            Level = SupervisionLevel.Normal,
            Instruction = "请尽快答复业主。",
            IssuedAt = factory.Clock.UtcNow,
            ReplyDueAt = factory.Clock.UtcNow.AddDays(7),
        });
        await db.SaveChangesAsync();
        var after = await factory.QueueAsync("taopu.officer", "SUPERVISED");

        // assert
        Assert.Equal("/sh/putuo/taopu/", @case.HandlingPath);
        Assert.DoesNotContain(id, before);
        Assert.Contains(id, after);
        Assert.DoesNotContain(id, await factory.QueueAsync("putuo.officer", "SUPERVISED"));
    }

    /// <summary>Tests only: the host's store over the whole city, for changes another mutation would make.</summary>
    private PlatformDbContext Database()
    {
        var db = factory.Services.GetRequiredService<SystemDbContexts>().For(TenantScope.For("/sh/"));
        return db;
    }
}
