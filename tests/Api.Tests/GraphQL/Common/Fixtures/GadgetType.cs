using GraphQL.Types;

namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

public sealed class GadgetType : ObjectGraphType<Gadget>
{
    public GadgetType()
    {
        Name = "Gadget";
        Field(g => g.Id);
        Field(g => g.Name);
        Field<NonNullGraphType<GadgetKindEnum>>("kind").Resolve(c => c.Source.Kind);
    }
}
