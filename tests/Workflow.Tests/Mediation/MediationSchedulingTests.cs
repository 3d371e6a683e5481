using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;
using Platform.Workflow.Mediation;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Mediation;

public sealed class MediationSchedulingTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Schedule_ForACase_Should_Record_TheSession_OnTheCasesTimeline_And_MoveItsVersion()
    {
        // arrange
        var (caseId, version) = await database.AcceptedCaseAsync("yanghang.officer", "宅前菜地边界纠纷");

        // act
        var id = await database.ScheduledAsync("yanghang.officer", caseId);

        // assert
        await using var db = database.Read();
        var session = await db.MediationSessions.Include(s => s.Parties).Include(s => s.Mediators).SingleAsync(s => s.Id == id);
        Assert.Equal(("邻里纠纷调解", MediationStatus.Scheduled, MediationSessions.YanghangPath), (session.Subject, session.Status, session.OwnerPath));
        Assert.Null(Assert.Single(session.Parties).Side);
        Assert.Equal("王志明", Assert.Single(session.Mediators).Name);
        var @case = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == caseId);
        Assert.Equal(version + 1, @case.Version);
        Assert.Equal(EventJson.Serialize(CaseEventData.MediationScheduled(id, MediationKind.Elder, session.ScheduledAt, session.Place)),
            @case.Events.OrderBy(e => e.Id).Last().Data);
    }

    [Fact]
    public async Task Schedule_Should_Report_EveryProblem_AtOnce()
    {
        // arrange
        var (workroom, _) = await database.YanghangWorkroomAsync();
        var (scheduling, actor) = database.As<MediationScheduling>("yanghang.officer");
        var input = MediationSessions.ElderSession(workroom, 0) with { Subject = "", ScheduledAt = WorkflowDatabase.Now.AddDays(-1), CaseId = 0 };

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => scheduling.ScheduleAsync(actor, input));

        // assert
        Assert.Equal(["caseId", "mediators[0].elderId", "scheduledAt", "subject"], refused.Errors.Cast<FieldError>().Select(e => e.Field).Order());
    }

    [Fact]
    public async Task Cancel_Should_Need_AReason_And_End_TheSession()
    {
        // arrange
        var id = await database.ScheduledAsync("yanghang.officer");
        var (scheduling, actor) = database.As<MediationScheduling>("yanghang.officer");

        // act
        await scheduling.CancelAsync(actor, new CancelMediationInput { SessionId = id, Version = 1, Reason = "当事人未到场" });
        var again = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            scheduling.RescheduleAsync(actor, new RescheduleMediationInput { SessionId = id, Version = 2, ScheduledAt = WorkflowDatabase.Now.AddDays(2) }));

        // assert
        Assert.Equal("CANCELLED", Assert.IsType<InvalidTransitionError>(Assert.Single(again.Errors)).CurrentStatus);
    }
}
