using Platform.Api.GraphQL.Common.Sorting;

namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

public sealed class GadgetSortInputType : SortInputType<Gadget>
{
    public GadgetSortInputType()
    {
        Name = "GadgetSortInput";
        Field("name", g => g.Name);
        Field("kind", g => g.Kind);
        Field("weight", g => g.Weight);
        Field("soldAt", g => g.SoldAt);
    }
}
