using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Workrooms;

namespace Platform.Api.GraphQL.Workrooms;

public sealed class UpdateWorkroomInputType : MutationInputType<UpdateWorkroomInput>
{
    public UpdateWorkroomInputType()
    {
        Name = "UpdateWorkroomInput";
        Description = "Omitted fields stay as they are; an empty address, opening hours or description clears it.";
        this.AddWorkroomReference();
        Field(w => w.Name, nullable: true).Description("The new name, not blank; at most 100 characters.");
        Field(w => w.Address, nullable: true).Description("At most 300 characters.");
        Field(w => w.OpeningHours, nullable: true).Description("At most 200 characters.");
        Field(w => w.Description, nullable: true).Description("At most 2,000 characters.");
    }
}
