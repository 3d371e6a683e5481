using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;
using Platform.Workflow.Duplicates;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Duplicates;

public sealed class DuplicateLinksTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Link_Should_Make_TheOtherCase_Primary_And_Write_BothTimelines()
    {
        // arrange
        var primary = await DuplicateCases.RegisterAsync(database, "taopu.officer", "电梯故障", "13922220001");
        var repeat = await DuplicateCases.RegisterAsync(database, "taopu.officer", "电梯又坏了", "13922220001");
        var (links, actor) = database.As<DuplicateLinks>("taopu.officer");

        // act
        await links.LinkAsync(actor, new LinkDuplicateInput { CaseId = repeat, Version = 1, PrimaryCaseId = primary, Reason = "同一诉求" });

        // assert
        await using var db = database.Read();
        Assert.Equal(primary, await db.Cases.Where(c => c.Id == repeat).Select(c => c.PrimaryCaseId).SingleAsync());
        Assert.Contains(CaseEventKind.DuplicateLinked, await db.CaseEvents.Where(e => e.CaseId == repeat).Select(e => e.Kind).ToListAsync());
        Assert.Contains(CaseEventKind.DuplicateLinked, await db.CaseEvents.Where(e => e.CaseId == primary).Select(e => e.Kind).ToListAsync());
    }

    [Fact]
    public async Task Unlink_Should_Clear_ThePrimary_And_Write_BothTimelines()
    {
        // arrange
        var primary = await DuplicateCases.RegisterAsync(database, "taopu.officer", "路灯不亮");
        var repeat = await DuplicateCases.RegisterAsync(database, "taopu.officer", "路灯还是不亮");
        var (links, actor) = database.As<DuplicateLinks>("taopu.officer");
        await links.LinkAsync(actor, new LinkDuplicateInput { CaseId = repeat, Version = 1, PrimaryCaseId = primary });

        // act
        await database.As<DuplicateLinks>("taopu.officer").Workflow.UnlinkAsync(actor, new CaseReasonInput { CaseId = repeat, Version = 2, Reason = "并非同一诉求" });

        // assert
        await using var db = database.Read();
        Assert.Null(await db.Cases.Where(c => c.Id == repeat).Select(c => c.PrimaryCaseId).SingleAsync());
        Assert.Contains(CaseEventKind.DuplicateUnlinked, await db.CaseEvents.Where(e => e.CaseId == repeat).Select(e => e.Kind).ToListAsync());
        Assert.Contains(CaseEventKind.DuplicateUnlinked, await db.CaseEvents.Where(e => e.CaseId == primary).Select(e => e.Kind).ToListAsync());
    }

    [Fact]
    public async Task Unlink_OfACase_NotLinked_Should_BeAnInvalidTransition()
    {
        // arrange
        var single = await DuplicateCases.RegisterAsync(database, "taopu.officer", "绿化带损坏");
        var (links, actor) = database.As<DuplicateLinks>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            links.UnlinkAsync(actor, new CaseReasonInput { CaseId = single, Version = 1 }));

        // assert
        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Link_OfACase_ToItself_Should_BeAValidationError_On_PrimaryCaseId()
    {
        // arrange
        var single = await DuplicateCases.RegisterAsync(database, "taopu.officer", "井盖缺失");
        var (links, actor) = database.As<DuplicateLinks>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            links.LinkAsync(actor, new LinkDuplicateInput { CaseId = single, Version = 1, PrimaryCaseId = single }));

        // assert
        Assert.Equal("primaryCaseId", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }

    [Fact]
    public async Task Link_ToACase_TheCallerCannotSee_Should_BeNotFound_Without_NamingIt()
    {
        // arrange
        var elsewhere = await DuplicateCases.RegisterAsync(database, "yangpu.officer", "停车难");
        var mine = await DuplicateCases.RegisterAsync(database, "taopu.officer", "停车难");
        var (links, actor) = database.As<DuplicateLinks>("taopu.officer");

        // act
        var refused = await Assert.ThrowsAsync<NotFoundException>(() =>
            links.LinkAsync(actor, new LinkDuplicateInput { CaseId = mine, Version = 1, PrimaryCaseId = elsewhere }));

        // assert
        await using var db = database.Read();
        var number = await db.Cases.Where(c => c.Id == elsewhere).Select(c => c.Number).SingleAsync();
        Assert.DoesNotContain(number, refused.Message);
        Assert.DoesNotContain(elsewhere.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message);
    }
}
