using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.GraphQL.Visits;

public sealed class QuestionAggregateType : ObjectGraphType<QuestionAggregate>
{
    public QuestionAggregateType()
    {
        Name = "QuestionAggregate";
        Description = "The answers to one question: how many answered, counts per option (every option, in order) and the mean rating.";
        this.Property(a => a.Answered).Description("Respondents who answered (did not skip) the question.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OptionCountType>>>>("options").Resolve(c => c.Source.Options);
        Field(a => a.AverageRating, nullable: true).Description("The mean of a RATING question's answers; null for other kinds or without answers.");
    }
}
