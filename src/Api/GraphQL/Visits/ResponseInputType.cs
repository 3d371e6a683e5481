using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Visits;

namespace Platform.Api.GraphQL.Visits;

public sealed class ResponseInputType : MutationInputType<ResponseInput>
{
    public ResponseInputType()
    {
        Name = "QuestionnaireResponseInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnswerInputType>>>>("answers").Description("One answer per question, in the questionnaire's order.");
    }
}
