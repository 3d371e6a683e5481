using GraphQL.Types;

namespace Platform.Api.GraphQL.Workrooms;

public sealed class RemoveElderInputType : InputObjectGraphType<RemoveElderInput>
{
    public RemoveElderInputType()
    {
        Name = "RemoveElderInput";
        Description = "The elder stays on record as inactive, so that past sessions keep their mediators.";
        this.AddWorkroomReference();
        Field<NonNullGraphType<IdGraphType>>("elderId").Description("An active elder of the workroom.");
    }
}
