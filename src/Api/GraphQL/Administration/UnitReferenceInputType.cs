using GraphQL;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Administration;

/// <summary>An input naming one unit; one instance per mutation.</summary>
[DoNotRegister]
public sealed class UnitReferenceInputType : InputObjectGraphType<UnitReferenceInput>
{
    public UnitReferenceInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("unitId");
    }
}
