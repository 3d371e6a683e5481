using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Visits;

namespace Platform.Api.GraphQL.Visits;

public sealed class RecordVisitInputType : MutationInputType<RecordVisitInput>
{
    public RecordVisitInputType()
    {
        Name = "RecordVisitInput";
        Field<NonNullGraphType<VisitKindEnum>>("kind");
        this.OptionalId("unitId", UnitType.TypeName).Description("The area visited: the caller's unit (default) or a descendant, e.g. a committee or grid.");
        Field(v => v.Team).Description("Who visited; at most 200 characters.");
        Field<NonNullGraphType<DateTimeGraphType>>("visitedOn").Description("When; not in the future.");
        Field(v => v.Households).Description("Households visited.");
        Field<ListGraphType<NonNullGraphType<QuestionInputType>>>("questions").Description("The questionnaire used, if any; at most 30 questions.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("issues").Description("The issues found, each at most 2,000 characters.");
    }
}
