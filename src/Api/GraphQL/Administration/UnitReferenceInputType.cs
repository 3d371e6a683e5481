using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Administration;

/// <summary>An input naming one unit; one instance per mutation.</summary>
[DoNotRegister]
public sealed class UnitReferenceInputType : MutationInputType<UnitReferenceInput>
{
    public UnitReferenceInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("unitId");
    }
}
