using GraphQL.Types;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>A call for suggestions (人民建议征集).</summary>
public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public const string TypeName = "Campaign";

    public CampaignType()
    {
        Name = TypeName;
        Description = "A call for suggestions on a topic; visible in its unit's subtree and to its descendants' principals.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Campaign;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Campaign.Id));
        this.Column("title", c => c.Title);
        this.Column("description", c => c.Description, typeof(StringGraphType));
        this.Column("status", c => c.Status, typeof(NonNullGraphType<CampaignStatusEnum>));
        this.Column("opensAt", c => c.OpensAt);
        this.Column("closesAt", c => c.ClosesAt);
        this.Column("answersPublished", c => c.AnswersPublished);
        this.Column("summary", c => c.Summary, typeof(StringGraphType));
        this.Column("createdAt", c => c.CreatedAt);
        this.Column("version", c => c.Version);
        Field<NonNullGraphType<UnitType>>("unit")
            .Reads(nameof(Campaign.UnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.UnitId).ValueOrPending());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityEventType>>>>("history")
            .Description("What happened to this campaign and its visible suggestions, oldest first.")
            .Reads(nameof(Campaign.OwnerPath), nameof(Campaign.AnswersPublished))
            .Resolve(CampaignHistory.OfCampaign);
        this.AddSuggestionCounts();
        this.ConnectionField<SuggestionType, Campaign>("suggestions")
            .Description("The suggestions the viewer can see (rule 1: the campaign unit's subtree).")
            .Argument<SuggestionFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<SuggestionSortInputType>>>("order")
            .PagingArguments()
            .Resolve(c => CampaignDataLoaders.Suggestions(c, c.Source.Id));
    }
}
