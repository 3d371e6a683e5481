using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Common;
using Platform.Workflow.Mediation;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Mediation;

public sealed class MediationOutcomesTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private static RecordMediationOutcomeInput Agreement(int session) =>
        new() { SessionId = session, Version = 1, Outcome = MediationOutcome.Agreement, AgreementText = "双方各退让0.5米。" };

    [Fact]
    public async Task TheWorkroomsElder_Should_Record_TheOutcome_OfASessionWhoseCaseIsHidden_FromThem()
    {
        // arrange: a case of 宝山区 itself, mediated in the 杨行 workroom; 杨行's elder cannot see the case
        var (caseId, version) = await database.AcceptedCaseAsync("baoshan.officer", "区级案件");
        var session = await database.ScheduledAsync("baoshan.officer", caseId);
        var (outcomes, elder) = database.As<MediationOutcomes>("yanghang.elder");

        // act
        await outcomes.RecordAsync(elder, Agreement(session));

        // assert
        await using (var asElder = database.Read(MediationSessions.YanghangPath))
        {
            Assert.False(await asElder.Cases.AnyAsync(c => c.Id == caseId));
            Assert.Equal(MediationStatus.Completed, await asElder.MediationSessions.Where(s => s.Id == session).Select(s => s.Status).SingleAsync());
        }

        await using var db = database.Read();
        var @case = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == caseId);
        Assert.Equal(version + 2, @case.Version);
        var recorded = @case.Events.OrderBy(e => e.Id).Last();
        Assert.Equal((CaseEventKind.MediationRecorded, "杨行\"老法师\"王志明"), (recorded.Kind, recorded.ActorName));
    }

    [Fact]
    public async Task AnAgreement_Should_Need_ItsText()
    {
        // arrange
        var session = await database.ScheduledAsync("yanghang.officer");
        var (outcomes, actor) = database.As<MediationOutcomes>("yanghang.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => outcomes.RecordAsync(actor, Agreement(session) with { AgreementText = null }));

        // assert
        Assert.Equal("'agreementText' is required for AGREEMENT.", Assert.Single(refused.Errors).Message);
    }

    [Fact]
    public async Task AnOfficerOfAnotherTownship_Should_NotSee_TheSession()
    {
        // arrange
        var session = await database.ScheduledAsync("yanghang.officer");
        var (outcomes, actor) = database.As<MediationOutcomes>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<NotFoundException>(() => outcomes.RecordAsync(actor, Agreement(session)));

        // assert
        Assert.Equal("The mediation session was not found.", refused.Message);
    }
}
