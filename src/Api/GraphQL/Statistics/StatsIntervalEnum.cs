using Platform.Api.GraphQL.Common.Enums;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

public sealed class StatsIntervalEnum : ConstantCaseEnum<StatsInterval>
{
    public StatsIntervalEnum()
    {
        Name = "StatsInterval";
        Description = "The length of each period of a series: a calendar month (China Standard Time) or seven days.";
    }
}
