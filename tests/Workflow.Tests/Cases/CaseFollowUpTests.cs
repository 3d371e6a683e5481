using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Cases;

public sealed class CaseFollowUpTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task AddNote_Should_Require_ANote_BeforeLoadingTheCase()
    {
        // arrange
        var (followUp, actor) = database.As<CaseFollowUp>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => followUp.AddNoteAsync(actor, new CaseNoteInput { CaseId = 0, Version = 1, Note = " " }));

        // assert
        Assert.Equal("note", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }

    [Fact]
    public async Task ACaseOfAnotherDistrict_Should_BeNotFound()
    {
        // arrange
        var id = await database.RegisteredCaseAsync("baoshan.officer", "宝山的案件");
        var (followUp, actor) = database.As<CaseFollowUp>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<NotFoundException>(() => followUp.RemindAsync(actor, new CaseNoteInput { CaseId = id, Version = 1 }));

        // assert
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task ReplyToSupervision_Should_BeNotFound_For_AnOrderOfAnotherCase()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "督办回复");
        var (followUp, actor) = database.As<CaseFollowUp>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<NotFoundException>(() =>
            followUp.ReplyToSupervisionAsync(actor, new ReplyToSupervisionInput { CaseId = id, Version = version, SupervisionId = 0, Reply = "已办理" }));

        // assert
        Assert.Equal("The supervision was not found.", refused.Message);
    }
}
