using GraphQL.Types;

namespace Platform.Api.GraphQL.Visits;

public sealed class OptionCountType : ObjectGraphType<OptionCount>
{
    public OptionCountType()
    {
        Name = "OptionCount";
        Field(o => o.Option);
        Field(o => o.Count);
    }
}
