using GraphQL.Types;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

public sealed class SuggestionStatsType : ObjectGraphType<StatsTally>
{
    public SuggestionStatsType()
    {
        Name = "SuggestionStats";
        Description = "Suggestions to campaigns owned in the subtree, submitted in the period.";
        Field<NonNullGraphType<IntGraphType>>("received").Description("Suggestions submitted in the period.").Resolve(c => c.Source.SuggestionsReceived);
        Field<NonNullGraphType<IntGraphType>>("answered")
            .Description("Suggestions with a decision: ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED.")
            .Resolve(c => c.Source.SuggestionsAnswered);
        Field<NonNullGraphType<IntGraphType>>("adopted").Description("ADOPTED and PARTLY_ADOPTED suggestions.").Resolve(c => c.Source.SuggestionsAdopted);
        Field<FloatGraphType>("adoptedRate")
            .Description("adopted ÷ answered, a fraction from 0 to 1; null when none was answered.")
            .Resolve(c => c.Source.AdoptedRate);
    }
}
