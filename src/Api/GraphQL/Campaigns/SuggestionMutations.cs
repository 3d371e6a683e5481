using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>Suggestions: submitted, answered, implemented (<see cref="SuggestionHandling"/>), turned into cases (<see cref="SuggestionConversion"/>).</summary>
public static class SuggestionMutations
{
    public static void AddSuggestionMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<SuggestionHandling, Suggestion, SuggestionType>("suggestion")
            .Add("submitSuggestion", new SubmitSuggestionInputType(),
                "Submits a suggestion to an OPEN campaign, by staff or by a client holding suggestions.submit. The suggestion belongs to " +
                "the campaign's unit: a submitter outside that unit's subtree (e.g. a committee) gets a null suggestion and no errors.",
                w => w.SubmitAsync)
            .Add("answerSuggestion", new AnswerSuggestionInputType(),
                "Answers (or revises the answer to) a suggestion; the answer stays internal to the campaign's writers until publishAnswers.",
                w => w.AnswerAsync)
            .Add("recordImplementation", new RecordImplementationInputType(),
                "Records how far an ADOPTED or PARTLY_ADOPTED suggestion has been implemented.",
                w => w.RecordImplementationAsync);
        mutation.Workflow<SuggestionConversion, Suggestion, SuggestionType>("suggestion")
            .Add("convertSuggestionToCase", new ConvertSuggestionToCaseInputType(),
                "Registers a new case from a suggestion (the submitter as petitioner) and links the suggestion to it.",
                w => w.ConvertAsync);
    }
}
