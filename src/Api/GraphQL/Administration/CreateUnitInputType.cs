using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;

namespace Platform.Api.GraphQL.Administration;

public sealed class CreateUnitInputType : MutationInputType<CreateUnitInput>
{
    public CreateUnitInputType()
    {
        Name = "CreateUnitInput";
        Field<NonNullGraphType<IdGraphType>>("parentId").Description("The parent unit: the admin's own unit or one below it.");
        Field(u => u.Code).Description("Slug unique among the parent's children: lowercase letters, digits and '-', at most 40.");
        Field(u => u.Name).Description("The unit's name; at most 100 characters.");
        Field<NonNullGraphType<UnitKindEnum>>("kind")
            .Description("DISTRICT under the city, TOWNSHIP under a district, COMMITTEE under a township, GRID under a committee, DEPARTMENT under a district or township.");
    }
}
