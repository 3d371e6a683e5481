using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>Mediation sessions: schedule, reschedule, cancel (<see cref="MediationScheduling"/>), record the outcome (<see cref="MediationOutcomes"/>).</summary>
public static class MediationMutations
{
    public static void AddMediationMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<MediationScheduling, MediationSession, MediationSessionType>("session")
            .Add("scheduleMediation", new ScheduleMediationInputType(),
                "Schedules a mediation in the future, owned by the caller's unit or a descendant, optionally for a visible case (its timeline records it) and in a visible workroom.",
                w => w.ScheduleAsync)
            .Add("rescheduleMediation", new RescheduleMediationInputType(),
                "Moves a scheduled session to a new future time and, optionally, place.",
                w => w.RescheduleAsync)
            .Add("cancelMediation", new CancelMediationInputType(),
                "Cancels a scheduled session, with a reason.",
                w => w.CancelAsync);
        mutation.Workflow<MediationOutcomes, MediationSession, MediationSessionType>("session")
            .Add("recordMediationOutcome", new RecordMediationOutcomeInputType(),
                "Records the outcome of a scheduled session and completes it; an elder of the session's workroom may do this too. The session's case timeline records it.",
                w => w.RecordAsync);
    }
}
