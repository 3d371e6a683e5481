using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class AnswerSuggestionInputType : MutationInputType<AnswerSuggestionInput>
{
    public AnswerSuggestionInputType()
    {
        Name = "AnswerSuggestionInput";
        this.AddSuggestionReference();
        Field<NonNullGraphType<SuggestionStatusEnum>>("status").Description("UNDER_REVIEW, ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED.");
        Field<StringGraphType>("response").Description("The answer, required unless UNDER_REVIEW; at most 10,000 characters.");
    }
}
