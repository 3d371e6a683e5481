using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Cases;

public sealed class CaseResolutionTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private static VerifyCaseInput Verify(int id, int version, Satisfaction satisfaction) => new()
    {
        CaseId = id, Version = version, HandledPerNorm = true, MeasuresImplemented = true, ProblemSolved = true,
        CitizenSatisfied = satisfaction != Satisfaction.Dissatisfied, Satisfaction = satisfaction, Method = VerificationMethod.Phone,
    };

    [Fact]
    public async Task Resolve_Verify_Close_Should_Take_ACase_ToClosed()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "办结流程");
        var (resolution, actor) = database.As<CaseResolution>("taopu.officer");

        // act
        await resolution.ResolveAsync(actor, new ResolveCaseInput { CaseId = id, Version = version, Answer = "已协调解决" });
        await resolution.VerifyAsync(actor, Verify(id, version + 1, Satisfaction.BasicallySatisfied));
        await resolution.CloseAsync(actor, new CaseReasonInput { CaseId = id, Version = version + 2 });

        // assert
        await using var db = database.Read();
        var @case = await db.Cases.Include(c => c.Verifications).Include(c => c.Events).SingleAsync(c => c.Id == id);
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(Satisfaction.BasicallySatisfied, Assert.Single(@case.Verifications).Satisfaction);
        Assert.Contains(@case.Events, e => e.Kind == CaseEventKind.Verified && e.Data!.Contains("\"satisfaction\":\"BASICALLY_SATISFIED\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFirstDissatisfiedVerification_Should_Reopen_TheCase_ForReview()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "复查");
        var (resolution, actor) = database.As<CaseResolution>("taopu.officer");
        await resolution.ResolveAsync(actor, new ResolveCaseInput { CaseId = id, Version = version, Answer = "答复" });

        // act
        await resolution.VerifyAsync(actor, Verify(id, version + 1, Satisfaction.Dissatisfied));

        // assert
        await using var db = database.Read();
        var @case = await db.Cases.SingleAsync(c => c.Id == id);
        Assert.Equal((CaseStatus.InProgress, 1, version + 2), (@case.Status, @case.ReviewCount, @case.Version));
    }

    [Fact]
    public async Task Verify_Should_Refuse_AContradictingSatisfiedCheck()
    {
        // arrange
        var (resolution, actor) = database.As<CaseResolution>("taopu.officer");
        var input = Verify(0, 1, Satisfaction.Satisfied) with { CitizenSatisfied = false };

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => resolution.VerifyAsync(actor, input));

        // assert
        Assert.Equal("citizenSatisfied", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }
}
