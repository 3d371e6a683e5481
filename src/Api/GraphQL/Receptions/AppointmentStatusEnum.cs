using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Receptions;

public sealed class AppointmentStatusEnum : ConstantCaseEnum<AppointmentStatus>
{
    public AppointmentStatusEnum()
    {
        Name = "AppointmentStatus";
        Description = "BOOKED, RECEIVED (its case registered) or CANCELLED.";
    }
}
