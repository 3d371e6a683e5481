using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Mediation;

/// <summary>Scheduling mediation sessions: schedule, reschedule, cancel.</summary>
public sealed class MediationScheduling(ChangeRunner runner)
{
    public const string TheSession = "The mediation session";

    private static readonly CaseStatus[] ClosedCase = [CaseStatus.NotAccepted, CaseStatus.Closed, CaseStatus.Withdrawn];

    /// <summary>
    /// A new session in the future, owned by the actor's unit or a descendant, optionally for a
    /// case the actor handles or owns (its timeline records it) and in a workroom the actor can see.
    /// </summary>
    public Task<int> ScheduleAsync(Actor actor, ScheduleMediationInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, change => change.InTransactionAsync(async () =>
        {
            MediationAccess.RequireWriter(actor);
            var (session, @case) = await MediationSessionRules.ValidateAsync(change, input);
            if (@case is not null)
            {
                CaseAccess.RequireHandlerOrOwner(actor, @case);
                if (ClosedCase.Contains(@case.Status))
                {
                    throw new InvalidTransitionException("schedule a mediation for the case", EnumNames.Constant(@case.Status));
                }
            }

            // The entries name the new session: it is saved first.
            change.Db.MediationSessions.Add(session);
            await change.SaveThenRecordAsync(async () =>
            {
                var data = CaseEventData.MediationScheduled(session.Id, session.Kind, session.ScheduledAt, session.Place);
                if (@case is not null)
                {
                    await SessionCases.RecordAsync(change, @case.Id, CaseEventKind.MediationScheduled, session.Subject, data);
                }

                Log(change, session, ActivityKinds.MediationScheduled, session.Subject, data);
            });
            return session.Id;
        }), cancellationToken);

    /// <summary>Moves a scheduled session to a new future time and, optionally, place.</summary>
    public Task<int> RescheduleAsync(Actor actor, RescheduleMediationInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            MediationAccess.RequireWriter(actor);
            var check = new InputValidator();
            var scheduledAt = check.Future("scheduledAt", input.ScheduledAt, change.Now);
            var place = input.Place is null ? null : check.Text("place", input.Place, MediationLimits.Place);
            check.ThrowIfInvalid();

            var session = await Versioned.LoadAsync<MediationSession>(change, input.SessionId, input.Version, TheSession);
            MediationAccess.RequireSessionWriter(actor, session);
            MediationAccess.RequireScheduled(session, "reschedule the session");
            var data = new { from = session.ScheduledAt, to = scheduledAt, fromPlace = session.Place, toPlace = place ?? session.Place };
            session.ScheduledAt = scheduledAt;
            session.Place = place ?? session.Place;
            Log(change, session, ActivityKinds.MediationRescheduled, null, data);
            return await Versioned.SaveAsync(change, session);
        }, cancellationToken);

    /// <summary>Cancels a scheduled session, with a reason.</summary>
    public Task<int> CancelAsync(Actor actor, CancelMediationInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            MediationAccess.RequireWriter(actor);
            var reason = InputValidator.Single("reason", input.Reason, MediationLimits.Reason, required: true);
            var session = await Versioned.LoadAsync<MediationSession>(change, input.SessionId, input.Version, TheSession);
            MediationAccess.RequireSessionWriter(actor, session);
            MediationAccess.RequireScheduled(session, "cancel the session");
            session.Status = MediationStatus.Cancelled;
            session.CancelReason = reason;
            Log(change, session, ActivityKinds.MediationCancelled, reason);
            return await Versioned.SaveAsync(change, session);
        }, cancellationToken);

    internal static void Log(Change change, MediationSession session, string kind, string? note, object? data = null) =>
        History.Append(change, new ActivityEvent { SessionId = session.Id, OwnerPath = session.OwnerPath }, kind, note, data);
}
