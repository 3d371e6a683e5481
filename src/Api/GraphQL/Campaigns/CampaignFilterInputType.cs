using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class CampaignFilterInputType : FilterInputType<Campaign>
{
    public CampaignFilterInputType()
    {
        Name = "CampaignFilterInput";
        Field("title", c => c.Title);
        Field<CampaignStatus, CampaignStatusEnum>("status", c => c.Status);
        Field("opensAt", c => c.OpensAt);
        Field("closesAt", c => c.ClosesAt);
        Field("createdAt", c => c.CreatedAt);
        Field("answersPublished", c => c.AnswersPublished);
        IdField("unitId", c => c.UnitId, id => GlobalId.DecodeKey(id, UnitType.TypeName));
        ObjectField<Unit, UnitFilterInputType>("unit", c => c.Unit);
        ListField<Suggestion, SuggestionFilterInputType>("suggestions", c => c.Suggestions);
    }
}
