using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Visits;

public sealed class QuestionnaireQuestionType : ObjectGraphType<QuestionnaireQuestion>
{
    public QuestionnaireQuestionType()
    {
        Name = "QuestionnaireQuestion";
        Description = "A question of a visit's questionnaire.";
        this.Column("position", q => q.Position).Description("1 for the first question.");
        this.Column("text", q => q.Text);
        this.Column("kind", q => q.Kind, typeof(NonNullGraphType<QuestionKindEnum>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("options")
            .Description("The options of a CHOICE question; empty for other kinds.")
            .Reads(nameof(QuestionnaireQuestion.Options))
            .Resolve(c => c.Source.Options.Length == 0 ? [] : c.Source.Options.Split('\n'));
        Field<NonNullGraphType<QuestionAggregateType>>("aggregate")
            .Description("The answers recorded so far, summed up.")
            .Reads(nameof(QuestionnaireQuestion.Id), nameof(QuestionnaireQuestion.Kind), nameof(QuestionnaireQuestion.Options))
            .Resolve(c => VisitDataLoaders.Aggregate(c, c.Source));
    }
}
