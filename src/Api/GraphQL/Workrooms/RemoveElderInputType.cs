using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Workrooms;

namespace Platform.Api.GraphQL.Workrooms;

public sealed class RemoveElderInputType : MutationInputType<RemoveElderInput>
{
    public RemoveElderInputType()
    {
        Name = "RemoveElderInput";
        Description = "The elder stays on record as inactive, so that past sessions keep their mediators.";
        this.AddWorkroomReference();
        this.Id("elderId", ElderType.TypeName).Description("An active elder of the workroom.");
    }
}
