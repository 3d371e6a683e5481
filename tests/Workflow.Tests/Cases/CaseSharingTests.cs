using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Cases;

public sealed class CaseSharingTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Escalate_Should_Make_TheDistrict_TheHandlingUnit_And_Keep_TheOwner()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "需区里协调");
        var (sharing, actor) = database.As<CaseSharing>("taopu.officer");

        // act
        await sharing.EscalateAsync(actor, new ShareCaseInput { CaseId = id, Version = version, UnitId = database.UnitIdOf("/sh/putuo/"), Reason = "涉及多家物业" });

        // assert
        await using var db = database.Read();
        var @case = await db.Cases.Include(c => c.Shares).SingleAsync(c => c.Id == id);
        Assert.Equal(("/sh/putuo/", "/sh/putuo/taopu/", CaseStatus.InProgress), (@case.HandlingPath, @case.OwnerPath, @case.Status));
        Assert.Equal(ShareKind.Escalate, Assert.Single(@case.Shares).Kind);
    }

    [Fact]
    public async Task Assign_ToAUnitAbove_Should_BeAValidationError_On_UnitId()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "交办方向错误");
        var (sharing, actor) = database.As<CaseSharing>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            sharing.AssignAsync(actor, new ShareCaseInput { CaseId = id, Version = version, UnitId = database.UnitIdOf("/sh/putuo/") }));

        // assert
        Assert.Equal("unitId", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }

    [Fact]
    public async Task AReferral_Should_Block_FurtherMoves_Until_TheTarget_AcceptsIt()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "跨区转办");
        var (sharing, taopu) = database.As<CaseSharing>("taopu.officer");
        await sharing.ReferAsync(taopu, new ShareCaseInput { CaseId = id, Version = version, UnitId = database.UnitIdOf("/sh/yangpu/changbai/") });

        // act
        var blocked = await Assert.ThrowsAsync<PendingReferralException>(() =>
            sharing.EscalateAsync(taopu, new ShareCaseInput { CaseId = id, Version = version + 1, UnitId = database.UnitIdOf("/sh/putuo/") }));
        var (answering, changbai) = database.As<CaseSharing>("changbai.officer");
        await answering.AcceptReferralAsync(changbai, new AcceptReferralInput { CaseId = id, Version = version + 1, Note = "接收" });

        // assert
        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(blocked.Errors).Code);
        await using var db = database.Read();
        Assert.Equal("/sh/yangpu/changbai/", await db.Cases.Where(c => c.Id == id).Select(c => c.HandlingPath).SingleAsync());
    }

    [Fact]
    public async Task RequestAssistance_Should_Let_TheAssistingUnit_AddNotes()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "吹哨报到");
        var (sharing, taopu) = database.As<CaseSharing>("taopu.officer");
        await sharing.RequestAssistanceAsync(taopu, new ShareCaseInput { CaseId = id, Version = version, UnitId = database.UnitIdOf("/sh/yangpu/") });
        var (followUp, yangpu) = database.As<CaseFollowUp>("yangpu.officer");

        // act
        await followUp.AddNoteAsync(yangpu, new CaseNoteInput { CaseId = id, Version = version + 1, Note = "已派员协助" });

        // assert
        await using var db = database.Read();
        Assert.Equal(CaseEventKind.NoteAdded, await db.CaseEvents.Where(e => e.CaseId == id).OrderBy(e => e.Id).Select(e => e.Kind).LastAsync());
    }
}
