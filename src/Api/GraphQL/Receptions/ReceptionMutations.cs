using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Receptions;

namespace Platform.Api.GraphQL.Receptions;

/// <summary>Leader reception days (<see cref="ReceptionDays"/>).</summary>
public static class ReceptionMutations
{
    public static void AddReceptionMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<ReceptionDays, ReceptionSchedule, ReceptionScheduleType>("schedule")
            .Add("createReceptionSchedule", new CreateReceptionScheduleInputType(),
                "Creates a leader's reception day at the caller's unit or a descendant.",
                w => w.CreateScheduleAsync);
        mutation.Workflow<ReceptionDays, ReceptionAppointment, ReceptionAppointmentType>("appointment")
            .Add("bookReception", new BookReceptionInputType(),
                "Books an appointment (主动约访) for a resident at a visible reception day.",
                w => w.BookAsync)
            .Add("receiveAppointment", new ReceiveAppointmentInputType(),
                "The reception day's leader receives a booked appointment: its case is registered (reception form LEADER_DAY, the leader as first receiver) and linked.",
                w => w.ReceiveAsync);
    }
}
