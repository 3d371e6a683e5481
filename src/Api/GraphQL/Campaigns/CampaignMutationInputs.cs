using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>The fields every change to an existing campaign or suggestion carries: its id and the version the client read.</summary>
public static class CampaignMutationInputs
{
    public static void AddCampaignReference<T>(this InputObjectGraphType<T> input)
        where T : CampaignChangeInput =>
        input.Reference("campaignId", CampaignType.TypeName, "The campaign to change.", "The campaign's version as the client read it.");

    public static void AddSuggestionReference<T>(this InputObjectGraphType<T> input)
        where T : SuggestionChangeInput =>
        input.Reference("suggestionId", SuggestionType.TypeName, "The suggestion to change.", "The suggestion's version as the client read it.");
}
