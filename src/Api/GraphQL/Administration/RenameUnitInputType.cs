using GraphQL.Types;

namespace Platform.Api.GraphQL.Administration;

public sealed class RenameUnitInputType : InputObjectGraphType<RenameUnitInput>
{
    public RenameUnitInputType()
    {
        Name = "RenameUnitInput";
        Field<NonNullGraphType<IdGraphType>>("unitId");
        Field(u => u.Name).Description("The new name; at most 100 characters.");
    }
}
