using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Visits;

namespace Platform.Api.GraphQL.Visits;

public sealed class RecordQuestionnaireResponsesInputType : MutationInputType<RecordResponsesInput>
{
    public RecordQuestionnaireResponsesInputType()
    {
        Name = "RecordQuestionnaireResponsesInput";
        this.Reference("visitId", OutreachVisitType.TypeName, "The visit.", "The visit's version as the client read it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponseInputType>>>>("responses").Description("Filled-in questionnaires, 1 to 500 at once.");
    }
}
