using Platform.Api.GraphQL.Common.Sorting;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class CampaignSortInputType : SortInputType<Campaign>
{
    public CampaignSortInputType()
    {
        Name = "CampaignSortInput";
        Field("title", c => c.Title);
        Field("status", c => c.Status);
        Field("opensAt", c => c.OpensAt);
        Field("closesAt", c => c.ClosesAt);
        Field("createdAt", c => c.CreatedAt);
        ObjectField<Unit, UnitSortInputType>("unit", c => c.Unit);
    }
}
