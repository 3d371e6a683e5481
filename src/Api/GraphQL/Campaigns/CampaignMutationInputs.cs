using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>The fields every change to an existing campaign or suggestion carries: its id and the version the client read.</summary>
public static class CampaignMutationInputs
{
    public static void AddCampaignReference<T>(this InputObjectGraphType<T> input)
        where T : CampaignChangeInput
    {
        input.Id("campaignId", CampaignType.TypeName).Description("The campaign to change.");
        input.Field<NonNullGraphType<IntGraphType>>("version").Description("The campaign's version as the client read it.");
    }

    public static void AddSuggestionReference<T>(this InputObjectGraphType<T> input)
        where T : SuggestionChangeInput
    {
        input.Id("suggestionId", SuggestionType.TypeName).Description("The suggestion to change.");
        input.Field<NonNullGraphType<IntGraphType>>("version").Description("The suggestion's version as the client read it.");
    }
}
