using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Workrooms;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary>Adds the fields every change to an existing workroom carries: its id and the version the client read.</summary>
public static class WorkroomMutationInputs
{
    public static void AddWorkroomReference<T>(this InputObjectGraphType<T> input)
        where T : WorkroomChangeInput =>
        input.Reference("workroomId", WorkroomType.TypeName, "The workroom to change.", "The workroom's version as the client read it.");
}
