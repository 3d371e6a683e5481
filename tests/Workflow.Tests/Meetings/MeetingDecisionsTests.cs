using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Common;
using Platform.Workflow.Meetings;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Meetings;

public sealed class MeetingDecisionsTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Decision_Should_ShareTheCase_ThroughTheCaseWorkflow_AndBeRecorded()
    {
        // arrange
        var caseId = await database.RegisteredCaseAsync("changbai.officer", "联席会交办");
        var meetingId = await MeetingAsync(caseId);
        var (decisions, actor) = database.As<MeetingDecisions>("changbai.officer");
        var antu = database.UnitIdOf("/sh/yangpu/changbai/antu/");

        // act
        await decisions.DecideAsync(actor, Decision(meetingId, caseId, antu));

        // assert
        await using var db = database.Read();
        var @case = await db.Cases.Include(c => c.Shares).SingleAsync(c => c.Id == caseId);
        Assert.Equal(("/sh/yangpu/changbai/antu/", ShareKind.Assign), (@case.HandlingPath, Assert.Single(@case.Shares).Kind));
        var decision = await db.MeetingDecisions.SingleAsync(d => d.MeetingId == meetingId);
        Assert.Equal((caseId, antu, WorkflowDatabase.Now.AddDays(10)), (decision.CaseId, decision.TargetUnitId, decision.DueAt));
    }

    [Fact]
    public async Task RefusedShare_Should_RecordNoDecision()
    {
        // arrange
        var caseId = await database.RegisteredCaseAsync("changbai.officer", "联席会交办给部门");
        var meetingId = await MeetingAsync(caseId);
        var (decisions, actor) = database.As<MeetingDecisions>("changbai.officer");

        // act: a department takes cases by referral, never by assignment
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            decisions.DecideAsync(actor, Decision(meetingId, caseId, database.UnitIdOf("/sh/yangpu/changbai/changbai-police/"))));

        // assert
        Assert.Equal("unitId", Assert.Single(refused.Errors.Cast<FieldError>()).Field);
        await using var db = database.Read();
        Assert.False(await db.MeetingDecisions.AnyAsync(d => d.MeetingId == meetingId));
    }

    private static DecideOnCaseInput Decision(int meetingId, int caseId, int unitId) => new()
    {
        MeetingId = meetingId,
        Version = 1,
        CaseId = caseId,
        CaseVersion = 1,
        UnitId = unitId,
        ShareKind = DecisionShareKind.Assign,
        Text = "十日内办结",
        DueAt = WorkflowDatabase.Now.AddDays(10),
    };

    private Task<int> MeetingAsync(int caseId)
    {
        var (meetings, actor) = database.As<MeetingManagement>("changbai.officer");
        return meetings.CreateAsync(actor, new CreateMeetingInput
        {
            Kind = MeetingKind.Joint,
            Title = "矛盾化解联席会",
            HeldAt = WorkflowDatabase.Now,
            Place = "街道会议室",
            AgendaItems = [new AgendaItemInput { Title = "议题", CaseId = caseId, Grade = CaseGrade.Hard }],
        });
    }
}
