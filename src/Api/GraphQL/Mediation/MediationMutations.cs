using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>Mediation sessions: schedule, reschedule, cancel, record the outcome.</summary>
public static class MediationMutations
{
    private const string TheSession = "The mediation session";

    public static void AddMediationMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ScheduleMediationInput, MediationSession, MediationSessionType>(
            "scheduleMediation", new ScheduleMediationInputType(), "session",
            "Schedules a mediation in the future, owned by the caller's unit or a descendant, optionally for a visible case (its timeline records it) and in a visible workroom.",
            MediationScheduling.ScheduleAsync);
        mutation.Mutation<RescheduleMediationInput, MediationSession, MediationSessionType>(
            "rescheduleMediation", new RescheduleMediationInputType(), "session",
            "Moves a scheduled session to a new future time and, optionally, place.",
            RescheduleAsync);
        mutation.Mutation<CancelMediationInput, MediationSession, MediationSessionType>(
            "cancelMediation", new CancelMediationInputType(), "session",
            "Cancels a scheduled session, with a reason.",
            CancelAsync);
        mutation.Mutation<RecordMediationOutcomeInput, MediationSession, MediationSessionType>(
            "recordMediationOutcome", new RecordMediationOutcomeInputType(), "session",
            "Records the outcome of a scheduled session and completes it; an elder of the session's workroom may do this too. The session's case timeline records it.",
            RecordOutcomeAsync);
    }

    private static async Task<int> RescheduleAsync(RescheduleMediationInput input, MutationContext m)
    {
        MediationAccess.RequireWriter(m.Principal);
        var check = new InputValidator();
        var scheduledAt = MediationRules.Future(check, "scheduledAt", input.ScheduledAt, m.Now);
        var place = input.Place is null ? null : check.Text("place", input.Place, MediationRules.MaxPlace);
        check.ThrowIfInvalid();

        var session = await VersionedChanges.LoadAsync<MediationSession>(m, input.SessionId, MediationSessionType.TypeName, input.Version, TheSession);
        MediationAccess.RequireSessionWriter(m.Principal, session);
        MediationRules.RequireScheduled(session, "reschedule the session");
        var data = new { from = session.ScheduledAt, to = scheduledAt, fromPlace = session.Place, toPlace = place ?? session.Place };
        session.ScheduledAt = scheduledAt;
        session.Place = place ?? session.Place;
        Log(m, session, MediationRules.Rescheduled, null, data);
        return await VersionedChanges.SaveAsync(m, session);
    }

    private static async Task<int> CancelAsync(CancelMediationInput input, MutationContext m)
    {
        MediationAccess.RequireWriter(m.Principal);
        var reason = CaseIntakeMutations.Reason(input.Reason, required: true, maxLength: MediationRules.MaxReason);
        var session = await VersionedChanges.LoadAsync<MediationSession>(m, input.SessionId, MediationSessionType.TypeName, input.Version, TheSession);
        MediationAccess.RequireSessionWriter(m.Principal, session);
        MediationRules.RequireScheduled(session, "cancel the session");
        session.Status = MediationStatus.Cancelled;
        session.CancelReason = reason;
        Log(m, session, MediationRules.Cancelled, reason);
        return await VersionedChanges.SaveAsync(m, session);
    }

    private static async Task<int> RecordOutcomeAsync(RecordMediationOutcomeInput input, MutationContext m)
    {
        var check = new InputValidator();
        var needsText = input.Outcome is MediationOutcome.Agreement or MediationOutcome.Partial;
        var text = check.OptionalText("agreementText", input.AgreementText, MediationRules.MaxAgreement);
        if (needsText && text is null)
        {
            check.Add("agreementText", $"'agreementText' is required for {MediationRules.EnumName(input.Outcome)}.");
        }

        DateTime? followUpAt = input.FollowUpAt is { } at ? MediationRules.Future(check, "followUpAt", at, m.Now) : null;
        check.ThrowIfInvalid();

        var session = await VersionedChanges.LoadAsync<MediationSession>(m, input.SessionId, MediationSessionType.TypeName, input.Version, TheSession);
        await MediationAccess.RequireRecorderAsync(m, session);
        MediationRules.RequireScheduled(session, "record the outcome");
        var @case = await LinkedCaseAsync(m, session);
        session.Status = MediationStatus.Completed;
        session.Outcome = input.Outcome;
        session.AgreementText = text;
        session.FollowUpAt = followUpAt;
        session.RecordedAt = m.Now;
        var data = new
        {
            session = GlobalId.Encode(MediationSessionType.TypeName, session.Id),
            outcome = MediationRules.EnumName(input.Outcome),
            followUpAt,
        };
        if (@case is not null)
        {
            @case.Version++;
            CaseTimeline.Append(m, @case, CaseEventKind.MediationRecorded, text, data);
        }

        Log(m, session, MediationRules.Recorded, text, data);
        return await VersionedChanges.SaveAsync(m, session);
    }

    /// <summary>
    /// The session's case, tracked, so that its timeline records the outcome. A recorder who can
    /// see the session but not its case cannot write to that timeline, so it may not record.
    /// </summary>
    private static async Task<Case?> LinkedCaseAsync(MutationContext m, MediationSession session)
    {
        if (session.CaseId is not { } caseId)
        {
            return null;
        }

        return await m.Db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, m.CancellationToken)
            ?? throw new NotAuthorizedException("The session's case is not visible to the caller, so its outcome cannot be recorded on it.");
    }

    private static void Log(MutationContext m, MediationSession session, string kind, string? note, object? data = null) =>
        ActivityLog.Append(m, new ActivityEvent { SessionId = session.Id, OwnerPath = session.OwnerPath }, kind, note, data);
}
