using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Workrooms;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary>Elders' workrooms: create, update (<see cref="WorkroomManagement"/>), add and remove elders (<see cref="WorkroomElders"/>).</summary>
public static class WorkroomMutations
{
    public static void AddWorkroomMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<WorkroomManagement, Workroom, WorkroomType>("workroom")
            .Add("createWorkroom", new CreateWorkroomInputType(),
                "Opens a workroom run by the caller's unit or a descendant.",
                w => w.CreateAsync)
            .Add("updateWorkroom", new UpdateWorkroomInputType(),
                "Changes a workroom's name, address, opening hours or description; its unit or an ancestor only.",
                w => w.UpdateAsync);
        mutation.Workflow<WorkroomElders, Workroom, WorkroomType>("workroom")
            .Add("addElder", new AddElderInputType(),
                "Adds an elder to a workroom, optionally linked to the elder's own account; its unit or an ancestor only.",
                w => w.AddAsync)
            .Add("removeElder", new RemoveElderInputType(),
                "Marks an elder of a workroom inactive (kept on record); its unit or an ancestor only.",
                w => w.RemoveAsync);
    }
}
