using Microsoft.EntityFrameworkCore;
using Platform.Data.Events;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;
using Platform.Workflow.Workrooms;

namespace Platform.Workflow.Tests.Workrooms;

public sealed class WorkroomManagementTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Create_Should_Open_AWorkroom_WithItsCreatedEntry()
    {
        // arrange
        var (management, actor) = database.As<WorkroomManagement>("taopu.officer");

        // act
        var id = await management.CreateAsync(actor, new CreateWorkroomInput { Name = " 桃浦乡贤工作室 ", Address = " ", Description = "调解邻里纠纷" });

        // assert
        await using var db = database.Read();
        var workroom = await db.Workrooms.SingleAsync(w => w.Id == id);
        Assert.Equal(("桃浦乡贤工作室", null as string, "/sh/putuo/taopu/"), (workroom.Name, workroom.Address, workroom.OwnerPath));
        Assert.Equal(ActivityKinds.WorkroomCreated, await db.ActivityEvents.Where(e => e.WorkroomId == id).Select(e => e.Kind).SingleAsync());
    }

    [Fact]
    public async Task ACommittee_Should_NotChange_ItsTownshipsWorkroom()
    {
        // arrange
        var (workroom, _) = await Mediation.MediationSessions.YanghangWorkroomAsync(database);
        var (management, actor) = database.As<WorkroomManagement>("yhcun1.proxy");

        // act
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            management.UpdateAsync(actor, new UpdateWorkroomInput { WorkroomId = workroom, Version = 1, OpeningHours = "周一至周五" }));

        // assert
        Assert.Equal("Only the workroom's unit or one of its ancestors may change it.", refused.Message);
    }

    [Fact]
    public async Task Update_Should_Need_AtLeastOneField()
    {
        // arrange
        var (management, actor) = database.As<WorkroomManagement>("yanghang.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => management.UpdateAsync(actor, new UpdateWorkroomInput { WorkroomId = 1, Version = 1 }));

        // assert
        Assert.Equal("input", Assert.IsType<FieldError>(Assert.Single(refused.Errors)).Field);
    }
}
