using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class SatisfactionEnum : EnumerationGraphType<Satisfaction>
{
    public SatisfactionEnum()
    {
        Name = "Satisfaction";
        Description = "The petitioner's satisfaction with the handling (满意度).";
    }
}
