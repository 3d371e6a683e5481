using Microsoft.EntityFrameworkCore;
using Platform.Workflow.Common;
using Platform.Workflow.Tests.Infrastructure;
using Platform.Workflow.Tests.Mediation;
using Platform.Workflow.Workrooms;

namespace Platform.Workflow.Tests.Workrooms;

public sealed class WorkroomEldersTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Add_Then_Remove_Should_Keep_TheElder_OnRecord_AsInactive()
    {
        // arrange
        var (workroom, _) = await database.YanghangWorkroomAsync();
        var (elders, actor) = database.As<WorkroomElders>("yanghang.officer");
        await elders.AddAsync(actor, new AddElderInput { WorkroomId = workroom, Version = 1, Name = " 钱永康 ", Expertise = ["labor", "LAW", "law"], Phone = "136 1182 0457" });
        await using var before = database.Read();
        var added = await before.Elders.SingleAsync(e => e.WorkroomId == workroom && e.Name == "钱永康");

        // act
        await elders.RemoveAsync(actor, new RemoveElderInput { WorkroomId = workroom, Version = 2, ElderId = added.Id });

        // assert
        await using var after = database.Read();
        var elder = await after.Elders.SingleAsync(e => e.Id == added.Id);
        Assert.Equal(("LABOR,LAW", false), (elder.Expertise, elder.Active));
        Assert.Equal(3, await after.Workrooms.Where(w => w.Id == workroom).Select(w => w.Version).SingleAsync());
    }

    [Fact]
    public async Task Add_Should_Refuse_UnknownTags_And_ABadPhone_AtOnce()
    {
        // arrange
        var (workroom, _) = await database.YanghangWorkroomAsync();
        var (elders, actor) = database.As<WorkroomElders>("yanghang.officer");

        // act
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            elders.AddAsync(actor, new AddElderInput { WorkroomId = workroom, Version = 1, Name = "某人", Expertise = ["COOKING"], Phone = "call me" }));

        // assert
        Assert.Equal(["expertise[0]", "phone"], refused.Errors.Cast<FieldError>().Select(e => e.Field).Order());
    }
}
