using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The input of the mutations that share a case with a unit; one instance per mutation.</summary>
[DoNotRegister]
public sealed class ShareCaseInputType : MutationInputType<ShareCaseInput>
{
    public ShareCaseInputType(string name, string unitDescription)
    {
        Name = name;
        this.AddCaseReference();
        this.Id("unitId", UnitType.TypeName).Description(unitDescription);
        Field<StringGraphType>("reason").Description("Why the case is shared; at most 2,000 characters.");
    }
}
