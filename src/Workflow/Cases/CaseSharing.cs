using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>Moving and widening a case (DESIGN §5 shares): assign, escalate, refer and answer a referral, ask for assistance.</summary>
public sealed class CaseSharing(ChangeRunner runner, IOptions<DeadlinePolicy> policy)
{
    /// <summary>Assigns the case (交办) to a unit below the handling unit, which becomes the handling unit.</summary>
    public Task<int> AssignAsync(Actor actor, ShareCaseInput input, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, input, "assign the case", ShareKind.Assign, CaseEventKind.Assigned,
            (@case, target) => CaseUnitRules.AssignmentRefusal(target)
                ?? (CaseShares.IsBelow(target.Path, @case.HandlingPath) ? null : "A case can be assigned only to a unit below the handling unit."),
            cancellationToken);

    /// <summary>Escalates the case (上报) to a unit above the handling unit, which becomes the handling unit; the owner keeps seeing it.</summary>
    public Task<int> EscalateAsync(Actor actor, ShareCaseInput input, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, input, "escalate the case", ShareKind.Escalate, CaseEventKind.Escalated,
            (@case, target) => CaseShares.IsBelow(@case.HandlingPath, target.Path) ? null : "A case can be escalated only to a unit above the handling unit.",
            cancellationToken);

    /// <summary>Refers the case (转办) to a unit neither above nor below the handling unit; it becomes the handling unit when it accepts.</summary>
    public Task<int> ReferAsync(Actor actor, ShareCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            var (@case, target, reason) = await PrepareAsync(change, input, "refer the case");
            if (target.Path == @case.HandlingPath)
            {
                throw new InvalidInputException("unitId", "The case is already handled by this unit.");
            }

            if (!CaseUnitRules.IsReferableRegardlessOfLevel(target)
                && (CaseShares.IsBelow(target.Path, @case.HandlingPath) || CaseShares.IsBelow(@case.HandlingPath, target.Path)))
            {
                throw new InvalidInputException("unitId", "A unit above or below the handling unit takes the case by escalateCase or assignCase, not by a referral.");
            }

            CaseShares.Add(change, @case, ShareKind.Refer, target, reason);
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.Referred, reason, CaseEventData.Moved(@case.HandlingPath, target.Path));
        }, cancellationToken);

    /// <summary>Accepts the case's pending referral: the unit it was referred to becomes the handling unit. By that unit or an ancestor.</summary>
    public Task<int> AcceptReferralAsync(Actor actor, AcceptReferralInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var note = InputValidator.Single("note", input.Note, CaseLimits.Reason, required: false);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseChanges.RequireStatus(@case, "accept the referral", CaseChanges.Open);
            var share = await CaseShares.PendingReferralForCallerAsync(change, @case, "accept the referral");
            var from = @case.HandlingPath;
            share.Status = ShareStatus.Accepted;
            share.RespondedAt = change.Now;
            share.ResponseReason = note;
            @case.HandlingUnitId = share.TargetUnitId;
            @case.HandlingPath = share.TargetPath;
            if (@case.Status == CaseStatus.Registered)
            {
                // The referral's target decides on acceptance, so the handling deadline starts now.
                @case.Status = CaseStatus.Accepted;
                @case.AcceptedAt = change.Now;
                @case.ResolveDueAt = change.Now.AddDays(policy.Value.ResolveDays);
            }
            else
            {
                @case.Status = CaseStatus.InProgress;
            }

            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.ReferralAccepted, note, CaseEventData.Moved(from, share.TargetPath));
        }, cancellationToken);

    /// <summary>Returns the case's pending referral with a reason; the handling unit stays.</summary>
    public Task<int> ReturnReferralAsync(Actor actor, CaseReasonInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var reason = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required: true);
            var @case = await CaseChanges.LoadAsync(change, input);
            var share = await CaseShares.PendingReferralForCallerAsync(change, @case, "return the referral");
            share.Status = ShareStatus.Returned;
            share.RespondedAt = change.Now;
            share.ResponseReason = reason;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.ReferralReturned, reason, CaseEventData.Moved(share.TargetPath, @case.HandlingPath));
        }, cancellationToken);

    /// <summary>Asks another unit to assist (协办, 吹哨报到): it sees the case and may add notes; the handling unit stays.</summary>
    public Task<int> RequestAssistanceAsync(Actor actor, ShareCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var reason = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required: false);
            var target = await CaseShares.TargetAsync(change, input.UnitId);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandler(actor, @case);
            CaseChanges.RequireStatus(@case, "request assistance", CaseChanges.Open);
            if (target.Path == @case.HandlingPath)
            {
                throw new InvalidInputException("unitId", "The handling unit cannot be asked to assist on its own case.");
            }

            CaseShares.Add(change, @case, ShareKind.Assist, target, reason);
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.AssistanceRequested, reason, CaseEventData.Moved(@case.HandlingPath, target.Path));
        }, cancellationToken);

    /// <summary>Assign and escalate: the target becomes the handling unit once <paramref name="refusal"/> finds nothing wrong with it.</summary>
    private Task<int> MoveAsync(
        Actor actor, ShareCaseInput input, string action, ShareKind kind, CaseEventKind eventKind,
        Func<Case, Unit, string?> refusal, CancellationToken cancellationToken) =>
        runner.RunAsync(actor, async change =>
        {
            var (@case, target, reason) = await PrepareAsync(change, input, action);
            if (refusal(@case, target) is { } message)
            {
                throw new InvalidInputException("unitId", message);
            }

            var from = @case.HandlingPath;
            CaseShares.Add(change, @case, kind, target, reason);
            CaseShares.MoveTo(@case, target);
            return await CaseChanges.SaveAsync(change, @case, eventKind, reason, CaseEventData.Moved(from, target.Path));
        }, cancellationToken);

    /// <summary>
    /// The checks assign, escalate and refer share: a writer, valid input (before anything is
    /// loaded), a visible case at the client's version, the handling unit or an ancestor acting,
    /// an open case, and no referral awaiting an answer.
    /// </summary>
    private static async Task<(Case Case, Unit Target, string? Reason)> PrepareAsync(Change change, ShareCaseInput input, string action)
    {
        CaseAccess.RequireWriter(change.Actor);
        var reason = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required: false);
        var target = await CaseShares.TargetAsync(change, input.UnitId);
        var @case = await CaseChanges.LoadAsync(change, input);
        CaseAccess.RequireHandler(change.Actor, @case);
        CaseChanges.RequireStatus(@case, action, CaseChanges.Open);
        await CaseShares.RequireNoPendingReferralAsync(change, @case, action);
        return (@case, target, reason);
    }
}
