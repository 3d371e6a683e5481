using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Cases;

public sealed class CaseLeaderActsTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task AnOfficer_Should_NotSupervise()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "非领导督办");
        var (leaderActs, actor) = database.As<CaseLeaderActs>("putuo.officer");
        var input = new SuperviseCaseInput { CaseId = id, Version = version, Level = SupervisionLevel.Key, ReplyDueAt = WorkflowDatabase.Now.AddDays(3), Instruction = "限期答复" };

        // act
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => leaderActs.SuperviseAsync(actor, input));

        // assert
        Assert.Equal("Only a leader may do this.", refused.Message);
    }

    [Fact]
    public async Task Supervise_Should_Save_TheOrder_And_AnEvent_NamingIt_InOneVersionStep()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "区领导督办");
        var (leaderActs, actor) = database.As<CaseLeaderActs>("putuo.leader");
        var replyDue = WorkflowDatabase.Now.AddDays(3);

        // act
        await leaderActs.SuperviseAsync(actor, new SuperviseCaseInput { CaseId = id, Version = version, Level = SupervisionLevel.Urgent, ReplyDueAt = replyDue, Instruction = "限期答复" });

        // assert
        await using var db = database.Read();
        var supervision = await db.CaseSupervisions.SingleAsync(s => s.CaseId == id);
        var last = await db.CaseEvents.Where(e => e.CaseId == id).OrderBy(e => e.Id).LastAsync();
        Assert.Equal(EventJson.Serialize(CaseEventData.Supervised(SupervisionLevel.Urgent, replyDue, supervision.Id)), last.Data);
        Assert.Equal(version + 1, await db.Cases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
    }

    [Fact]
    public async Task ExtendDeadline_Should_Work_Once_PerHandlingPeriod()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "延期");
        var (leaderActs, actor) = database.As<CaseLeaderActs>("taopu.leader");
        await leaderActs.ExtendDeadlineAsync(actor, new ExtendDeadlineInput { CaseId = id, Version = version, Days = 20, Reason = "需现场勘查" });

        // act
        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            leaderActs.ExtendDeadlineAsync(actor, new ExtendDeadlineInput { CaseId = id, Version = version + 1, Days = 5, Reason = "再次延期" }));

        // assert
        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(refused.Errors).Code);
        await using var db = database.Read();
        Assert.Equal(WorkflowDatabase.Now.AddDays(80), await db.Cases.Where(c => c.Id == id).Select(c => c.ResolveDueAt).SingleAsync());
    }
}
