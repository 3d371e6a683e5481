using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class SatisfactionEnum : ConstantCaseEnum<Satisfaction>
{
    public SatisfactionEnum()
    {
        Name = "Satisfaction";
        Description = "The petitioner's satisfaction with the handling (满意度).";
    }
}
