using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Visits;

namespace Platform.Api.GraphQL.Visits;

public sealed class QuestionInputType : MutationInputType<QuestionInput>
{
    public QuestionInputType()
    {
        Name = "QuestionInput";
        Field(q => q.Text).Description("At most 500 characters.");
        Field<NonNullGraphType<QuestionKindEnum>>("kind");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("options").Description("A CHOICE question's options, 1 to 10; none for other kinds.");
    }
}
