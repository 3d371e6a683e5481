using GraphQL;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The input of the mutations that share a case with a unit; one instance per mutation.</summary>
[DoNotRegister]
public sealed class ShareCaseInputType : InputObjectGraphType<ShareCaseInput>
{
    public ShareCaseInputType(string name, string unitDescription)
    {
        Name = name;
        this.AddCaseReference();
        Field<NonNullGraphType<IdGraphType>>("unitId").Description(unitDescription);
        Field<StringGraphType>("reason").Description("Why the case is shared; at most 2,000 characters.");
    }
}
