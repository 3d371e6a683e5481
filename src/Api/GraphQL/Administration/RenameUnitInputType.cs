using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Administration;

public sealed class RenameUnitInputType : MutationInputType<RenameUnitInput>
{
    public RenameUnitInputType()
    {
        Name = "RenameUnitInput";
        Field<NonNullGraphType<IdGraphType>>("unitId");
        Field(u => u.Name).Description("The new name; at most 100 characters.");
    }
}
