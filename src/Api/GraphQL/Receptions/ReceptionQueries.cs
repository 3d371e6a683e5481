using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;

namespace Platform.Api.GraphQL.Receptions;

public static class ReceptionQueries
{
    public static void AddReceptionFields(this ObjectGraphType query)
    {
        query.ConnectionField<ReceptionScheduleType>("receptionSchedules")
            .Description("Reception days of the caller's unit, its subtree and its ancestors.")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.ReceptionSchedules, q => q.OrderBy(s => s.OwnerPath)));
        query.ConnectionField<ReceptionAppointmentType>("receptionAppointments")
            .Description("Appointments at the reception days of the caller's subtree, earliest first.")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.ReceptionAppointments, q => q.OrderBy(a => a.At)));
    }
}
