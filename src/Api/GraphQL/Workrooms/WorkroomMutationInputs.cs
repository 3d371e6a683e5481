using GraphQL.Types;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary>Adds the fields every change to an existing workroom carries: its id and the version the client read.</summary>
public static class WorkroomMutationInputs
{
    public static void AddWorkroomReference<T>(this InputObjectGraphType<T> input)
        where T : WorkroomChangeInput
    {
        input.Field<NonNullGraphType<IdGraphType>>("workroomId").Description("The workroom to change.");
        input.Field<NonNullGraphType<IntGraphType>>("version").Description("The workroom's version as the client read it.");
    }
}
