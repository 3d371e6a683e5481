using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The input of the case mutations that take only the case and an optional reason; one instance per mutation.</summary>
[DoNotRegister]
public sealed class CaseReasonInputType : MutationInputType<CaseReasonInput>
{
    public CaseReasonInputType(string name, string reasonDescription)
    {
        Name = name;
        this.AddCaseReference();
        Field<StringGraphType>("reason").Description(reasonDescription);
    }
}
