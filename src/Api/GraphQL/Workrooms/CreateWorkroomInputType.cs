using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Workrooms;

namespace Platform.Api.GraphQL.Workrooms;

public sealed class CreateWorkroomInputType : MutationInputType<CreateWorkroomInput>
{
    public CreateWorkroomInputType()
    {
        Name = "CreateWorkroomInput";
        this.OptionalId("unitId", UnitType.TypeName).Description("The unit that runs the workroom: the caller's unit (default) or a descendant.");
        Field(w => w.Name).Description("At most 100 characters.");
        Field(w => w.Address, nullable: true).Description("At most 300 characters.");
        Field(w => w.OpeningHours, nullable: true).Description("At most 200 characters.");
        Field(w => w.Description, nullable: true).Description("At most 2,000 characters.");
    }
}
