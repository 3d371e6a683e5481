using Platform.Api.GraphQL.Common.Filtering;

namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

public sealed class GadgetFilterInputType : FilterInputType<Gadget>
{
    public GadgetFilterInputType()
    {
        Name = "GadgetFilterInput";
        Field("name", g => g.Name);
        Field("notes", g => g.Notes);
        Field<GadgetKind, GadgetKindEnum>("kind", g => g.Kind);
        Field("weight", g => g.Weight);
        Field("serial", g => g.Serial);
        Field("madeAt", g => g.MadeAt);
        Field("soldAt", g => g.SoldAt);
        Field("active", g => g.Active);
        Field("rating", g => g.Rating);
        IdField("boxId", g => g.BoxId, BoxIds.Decode);
    }
}
