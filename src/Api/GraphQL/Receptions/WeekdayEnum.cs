using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Receptions;

public sealed class WeekdayEnum : ConstantCaseEnum<DayOfWeek>
{
    public WeekdayEnum()
    {
        Name = "Weekday";
        Description = "A day of the week, for weekly reception days.";
    }
}
