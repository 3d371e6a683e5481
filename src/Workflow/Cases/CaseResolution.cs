using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>Closing the loop: resolve, verify (四个是否), close.</summary>
public sealed class CaseResolution(ChangeRunner runner, IOptions<DeadlinePolicy> policy)
{
    /// <summary>Records the answer given to the petitioner; an ACCEPTED or IN_PROGRESS case becomes RESOLVED.</summary>
    public Task<int> ResolveAsync(Actor actor, ResolveCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var answer = InputValidator.Single("answer", input.Answer, CaseLimits.Answer, required: true)!;
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandler(actor, @case);
            CaseChanges.RequireStatus(@case, "resolve the case", CaseStatus.Accepted, CaseStatus.InProgress);
            @case.Status = CaseStatus.Resolved;
            @case.Answer = answer;
            @case.ResolvedAt = change.Now;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.Resolved, answer);
        }, cancellationToken);

    /// <summary>
    /// Records the four checks on a RESOLVED case. SATISFIED or BASICALLY_SATISFIED verify it; the
    /// first DISSATISFIED reopens it for review (复查) with a fresh handling deadline; a DISSATISFIED
    /// review closes it as unresolved.
    /// </summary>
    public Task<int> VerifyAsync(Actor actor, VerifyCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var note = Validate(input);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandlerOrOwner(actor, @case);
            CaseChanges.RequireStatus(@case, "verify the case", CaseStatus.Resolved);
            var verification = input.MapTo<CaseVerification>();
            verification.Case = @case;
            verification.CaseId = @case.Id;
            verification.OwnerPath = @case.OwnerPath;
            verification.Note = note;
            verification.VerifiedAt = change.Now;
            verification.VerifiedById = actor.Subject;
            verification.VerifiedByUnitId = actor.UnitId ?? 0;
            change.Db.CaseVerifications.Add(verification);
            var checks = CaseEventData.Verified(verification);
            if (input.Satisfaction is not Satisfaction.Dissatisfied)
            {
                @case.Status = CaseStatus.Verified;
                return await CaseChanges.SaveAsync(change, @case, CaseEventKind.Verified, note, checks);
            }

            // The change is one version step with two events: the verification as recorded, then its consequence.
            CaseTimeline.Append(change, @case, CaseEventKind.Verified, note, checks);
            if (@case.ReviewCount == 0)
            {
                @case.Status = CaseStatus.InProgress;
                @case.ReviewCount = 1;
                @case.ResolvedAt = null;
                @case.ResolveDueAt = change.Now.AddDays(policy.Value.ResolveDays);

                // The review is a handling period of its own, with its own one extension.
                @case.DeadlineExtended = false;
                return await CaseChanges.SaveAsync(change, @case, CaseEventKind.Reopened, "The petitioner is dissatisfied; the case is reviewed (复查).",
                    CaseEventData.Reopened(@case.ReviewCount, @case.ResolveDueAt));
            }

            @case.Status = CaseStatus.Closed;
            @case.ClosedAt = change.Now;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.Closed, "The petitioner is dissatisfied after review; closed as unresolved.",
                CaseEventData.ClosedUnresolved());
        }, cancellationToken);

    /// <summary>Closes (办结) a VERIFIED case, or archives a NOT_ACCEPTED one; the handling or owner unit or an ancestor.</summary>
    public Task<int> CloseAsync(Actor actor, CaseReasonInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var note = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required: false);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandlerOrOwner(actor, @case);

            // A declined case (不予受理) is closed too, to archive it once the petitioner was told.
            CaseChanges.RequireStatus(@case, "close the case", CaseStatus.Verified, CaseStatus.NotAccepted);
            @case.Status = CaseStatus.Closed;
            @case.ClosedAt = change.Now;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.Closed, note);
        }, cancellationToken);

    /// <summary>Checks the input before anything is loaded; the citizen-satisfied check must not contradict the satisfaction.</summary>
    private static string? Validate(VerifyCaseInput input)
    {
        var check = new InputValidator();
        var note = check.OptionalText("note", input.Note, CaseLimits.Reason);
        if (input.CitizenSatisfied && input.Satisfaction is Satisfaction.Dissatisfied)
        {
            check.Add("citizenSatisfied", "'citizenSatisfied' cannot be true when the satisfaction is DISSATISFIED.");
        }
        else if (!input.CitizenSatisfied && input.Satisfaction is Satisfaction.Satisfied)
        {
            check.Add("citizenSatisfied", "'citizenSatisfied' cannot be false when the satisfaction is SATISFIED.");
        }

        check.ThrowIfInvalid();
        return note;
    }
}
