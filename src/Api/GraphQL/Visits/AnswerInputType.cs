using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Visits;

namespace Platform.Api.GraphQL.Visits;

public sealed class AnswerInputType : MutationInputType<AnswerInput>
{
    public AnswerInputType()
    {
        Name = "AnswerInput";
        Description = "The answer to one question: the field its kind asks for; all null when the respondent skipped it.";
        Field(a => a.Choice, nullable: true).Description("For CHOICE: one of the question's options.");
        Field(a => a.Rating, nullable: true).Description("For RATING: 1 to 5.");
        Field(a => a.Text, nullable: true).Description("For TEXT: at most 2,000 characters.");
    }
}
