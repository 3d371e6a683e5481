using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class RecordImplementationInputType : MutationInputType<RecordImplementationInput>
{
    public RecordImplementationInputType()
    {
        Name = "RecordImplementationInput";
        this.AddSuggestionReference();
        Field(i => i.Progress).Description("Percent implemented, 0–100.");
        Field<StringGraphType>("note").Description("At most 4,000 characters.");
    }
}
