using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.GraphQL.Visits;

public sealed class OptionCountType : ObjectGraphType<OptionCount>
{
    public OptionCountType()
    {
        Name = "OptionCount";
        this.Property(o => o.Option);
        this.Property(o => o.Count);
    }
}
