using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class CreateCampaignInputType : MutationInputType<CreateCampaignInput>
{
    public CreateCampaignInputType()
    {
        Name = "CreateCampaignInput";
        this.OptionalId("unitId", UnitType.TypeName).Description("The unit that runs the campaign: the caller's unit (default) or a descendant.");
        Field(c => c.Title).Description("At most 200 characters.");
        Field<StringGraphType>("description").Description("At most 4,000 characters.");
        Field(c => c.OpensAt).Description("When the campaign is planned to open.");
        Field(c => c.ClosesAt).Description("When it is planned to close; after opensAt.");
    }
}
