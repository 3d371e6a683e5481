using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Cases;

public sealed class CaseIntakeTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Register_Should_Store_TheTrimmedCase_WithItsNumber_Deadline_And_RegisteredEvent()
    {
        // arrange
        var (intake, actor) = database.As<CaseIntake>("taopu.officer");

        // act
        var id = await intake.RegisterAsync(actor, Inputs.NewCase("楼道堆物"));

        // assert
        await using var db = database.Read();
        var @case = await db.Cases.Include(c => c.Petitioners).Include(c => c.Events).SingleAsync(c => c.Id == id);
        Assert.Equal(("楼道堆物", CaseStatus.Registered, "/sh/putuo/taopu/"), (@case.Title, @case.Status, @case.OwnerPath));
        Assert.StartsWith("PT-2026-", @case.Number, StringComparison.Ordinal);
        Assert.Equal(WorkflowDatabase.Now.AddDays(15), @case.AcceptDueAt);
        Assert.Equal(("李四", null as string, 0), (@case.Petitioners[0].Name, @case.Petitioners[0].Address, @case.Petitioners[0].Ordinal));
        var registered = Assert.Single(@case.Events);
        Assert.Equal(EventJson.Serialize(CaseEventData.Registered("/sh/putuo/taopu/", 2)), registered.Data);
    }

    [Fact]
    public async Task Register_Should_Return_TheFirstCase_When_Retried_WithTheSameClientMutationId()
    {
        // arrange
        var (intake, actor) = database.As<CaseIntake>("ziteng.proxy");
        var first = await intake.RegisterAsync(actor, Inputs.NewCase("重试", clientMutationId: "w-retry-1"));

        // act
        var second = await intake.RegisterAsync(actor, Inputs.NewCase("重试", clientMutationId: "w-retry-1"));

        // assert
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Register_Should_Refuse_ALongRetryKey_And_AUnitOutsideTheSubtree_AtOnce()
    {
        // arrange
        var (intake, actor) = database.As<CaseIntake>("taopu.officer");
        var input = Inputs.NewCase("越界", unitId: database.UnitIdOf("/sh/putuo/"), clientMutationId: new string('x', 65));

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => intake.RegisterAsync(actor, input));

        // assert
        Assert.Equal(["clientMutationId", "unitId"], refused.Errors.Cast<FieldError>().Select(e => e.Field).Order());
    }

    [Fact]
    public async Task Viewer_Should_NotRegister()
    {
        // arrange
        var (intake, actor) = database.As<CaseIntake>("putuo.viewer");

        // act
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => intake.RegisterAsync(actor, Inputs.NewCase("查询员登记")));

        // assert
        Assert.Equal(ErrorCodes.NotAuthorized, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Accept_Should_Start_TheHandlingDeadline_And_Decline_Of_AnAcceptedCase_Should_BeAnInvalidTransition()
    {
        // arrange
        var (id, version) = await database.AcceptedCaseAsync("taopu.officer", "受理后不予受理");
        var (intake, actor) = database.As<CaseIntake>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            intake.DeclineAsync(actor, new CaseReasonInput { CaseId = id, Version = version, Reason = "不属受理范围" }));

        // assert
        Assert.Equal("ACCEPTED", Assert.IsType<InvalidTransitionError>(Assert.Single(refused.Errors)).CurrentStatus);
        await using var db = database.Read();
        var @case = await db.Cases.SingleAsync(c => c.Id == id);
        Assert.Equal(WorkflowDatabase.Now.AddDays(60), @case.ResolveDueAt);
    }

    [Fact]
    public async Task Withdraw_AtAStaleVersion_Should_BeAConcurrencyConflict()
    {
        // arrange
        var (id, _) = await database.AcceptedCaseAsync("taopu.officer", "撤回");
        var (intake, actor) = database.As<CaseIntake>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => intake.WithdrawAsync(actor, new CaseReasonInput { CaseId = id, Version = 1 }));

        // assert
        Assert.Equal(2, Assert.IsType<ConcurrencyConflictError>(Assert.Single(refused.Errors)).CurrentVersion);
    }
}
