using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>A campaign's lifecycle: DRAFT → OPEN → CLOSED → CONCLUDED, and publishing its answers (<see cref="CampaignLifecycle"/>).</summary>
public static class CampaignMutations
{
    public static void AddCampaignMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<CampaignLifecycle, Campaign, CampaignType>("campaign")
            .Add("createCampaign", new CreateCampaignInputType(),
                "Creates a DRAFT campaign in the caller's unit or a descendant.",
                w => w.CreateAsync)
            .Add("openCampaign", new CampaignChangeInputType("OpenCampaignInput"),
                "Opens a DRAFT campaign for suggestions.",
                w => w.OpenAsync)
            .Add("closeCampaign", new CampaignChangeInputType("CloseCampaignInput"),
                "Closes an OPEN campaign; no more suggestions are taken.",
                w => w.CloseAsync)
            .Add("concludeCampaign", new ConcludeCampaignInputType(),
                "Concludes a CLOSED campaign with a summary of what came of it.",
                w => w.ConcludeAsync)
            .Add("publishAnswers", new CampaignChangeInputType("PublishAnswersInput"),
                "Makes the answers to the campaign's suggestions visible beyond the campaign's writers; possible once, in any state but DRAFT.",
                w => w.PublishAnswersAsync);

        mutation.AddSuggestionMutations();
    }
}
