using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SubmitSuggestionInputType : MutationInputType<SubmitSuggestionInput>
{
    public SubmitSuggestionInputType()
    {
        Name = "SubmitSuggestionInput";
        this.Id("campaignId", CampaignType.TypeName).Description("An OPEN campaign the caller can see.");
        Field(s => s.Content).Description("The suggestion, at most 10,000 characters.");
        Field<StringGraphType>("topic").Description("At most 100 characters.");
        Field<NonNullGraphType<SuggestionChannelEnum>>("channel");
        Field<StringGraphType>("submitterName").Description("Personal data; omit for an anonymous suggestion.");
        Field<StringGraphType>("submitterPhone").Description("Personal data.");
    }
}
