using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Mediation;

/// <summary>Recording the outcome of a session, by the staff in charge of it or by an elder of its workroom.</summary>
public sealed class MediationOutcomes(ChangeRunner runner)
{
    /// <summary>
    /// Completes a scheduled session with its outcome; the session's case (if any) gets a
    /// MEDIATION_RECORDED entry and a new version. An elder of the workroom may record the outcome
    /// of a session whose case is hidden from them: they complete the session without seeing the
    /// case, and nothing in the answer names it (README "Mediation sessions").
    /// </summary>
    public Task<int> RecordAsync(Actor actor, RecordMediationOutcomeInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var check = new InputValidator();
            var text = check.OptionalText("agreementText", input.AgreementText, MediationLimits.Agreement);
            if (input.Outcome is (MediationOutcome.Agreement or MediationOutcome.Partial) && text is null)
            {
                check.Add("agreementText", $"'agreementText' is required for {EnumNames.Constant(input.Outcome)}.");
            }

            DateTime? followUpAt = input.FollowUpAt is { } at ? check.Future("followUpAt", at, change.Now) : null;
            check.ThrowIfInvalid();

            return await change.InTransactionAsync(async () =>
            {
                var session = await Versioned.LoadAsync<MediationSession>(change, input.SessionId, input.Version, MediationScheduling.TheSession);
                await MediationAccess.RequireRecorderAsync(change, session);
                MediationAccess.RequireScheduled(session, "record the outcome");
                session.Status = MediationStatus.Completed;
                session.Outcome = input.Outcome;
                session.AgreementText = text;
                session.FollowUpAt = followUpAt;
                session.RecordedAt = change.Now;
                var data = CaseEventData.MediationRecorded(session.Id, input.Outcome, followUpAt);
                if (session.CaseId is { } caseId)
                {
                    await SessionCases.RecordAsync(change, caseId, CaseEventKind.MediationRecorded, text, data);
                }

                MediationScheduling.Log(change, session, ActivityKinds.MediationRecorded, text, data);
                return await Versioned.SaveAsync(change, session);
            });
        }, cancellationToken);
}
