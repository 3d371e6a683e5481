using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Duplicates;

namespace Platform.Api.GraphQL.Duplicates;

public sealed class LinkDuplicateInputType : MutationInputType<LinkDuplicateInput>
{
    public LinkDuplicateInputType()
    {
        Name = "LinkDuplicateInput";
        this.AddCaseReference();
        this.Id("primaryCaseId", CaseType.TypeName).Description("The earlier case this one repeats; it stays the one handled.");
        Field<StringGraphType>("reason").Description("Why the cases are the same matter.");
    }
}
