using GraphQL.Types;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Moving and widening a case (DESIGN §5 shares): assign, escalate, refer and answer a referral, ask for assistance.</summary>
public static class CaseSharingMutations
{
    private static readonly CaseStatus[] Open = [CaseStatus.Registered, CaseStatus.Accepted, CaseStatus.InProgress];

    public static void AddCaseSharingMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ShareCaseInput, Case, CaseType>(
            "assignCase", new ShareCaseInputType("AssignCaseInput", "A unit below the handling unit."), "case",
            "Assigns the case (交办) to a unit below the handling unit, which becomes the handling unit.",
            AssignAsync);

        mutation.Mutation<ShareCaseInput, Case, CaseType>(
            "escalateCase", new ShareCaseInputType("EscalateCaseInput", "A unit above the handling unit."), "case",
            "Escalates the case (上报) to a unit above the handling unit, which becomes the handling unit; the owner keeps seeing it.",
            EscalateAsync);

        mutation.Mutation<ShareCaseInput, Case, CaseType>(
            "referCase", new ShareCaseInputType("ReferCaseInput", "Any unit neither above nor below the handling unit, e.g. in another district."), "case",
            "Refers the case (转办) to another unit, which sees it at once and becomes the handling unit when it accepts. One referral awaits an answer at a time.",
            ReferAsync);

        mutation.Mutation<AcceptReferralInput, Case, CaseType>(
            "acceptReferral", new AcceptReferralInputType(), "case",
            "Accepts the case's pending referral: the unit it was referred to becomes the handling unit. By that unit or an ancestor.",
            AcceptReferralAsync);

        mutation.Mutation<CaseReasonInput, Case, CaseType>(
            "returnReferral", new CaseReasonInputType("ReturnReferralInput", "Why the referral is returned (required)."), "case",
            "Returns the case's pending referral with a reason; the handling unit stays, and the case stays visible to the unit as history.",
            ReturnReferralAsync);

        mutation.Mutation<ShareCaseInput, Case, CaseType>(
            "requestAssistance", new ShareCaseInputType("RequestAssistanceInput", "Any unit other than the handling unit."), "case",
            "Asks another unit to assist (协办, 吹哨报到): it sees the case and may add notes; the handling unit stays.",
            RequestAssistanceAsync);
    }

    private static async Task<int> AssignAsync(ShareCaseInput input, MutationContext m)
    {
        var (@case, target, reason) = await PrepareAsync(input, m, "assign the case");
        CaseUnitRules.RequireAssignable(target);
        if (!CaseShares.IsBelow(target.Path, @case.HandlingPath))
        {
            throw new InvalidInputException("unitId", "A case can be assigned only to a unit below the handling unit.");
        }

        return await MoveAsync(m, @case, ShareKind.Assign, target, reason, CaseEventKind.Assigned);
    }

    private static async Task<int> EscalateAsync(ShareCaseInput input, MutationContext m)
    {
        var (@case, target, reason) = await PrepareAsync(input, m, "escalate the case");
        if (!CaseShares.IsBelow(@case.HandlingPath, target.Path))
        {
            throw new InvalidInputException("unitId", "A case can be escalated only to a unit above the handling unit.");
        }

        return await MoveAsync(m, @case, ShareKind.Escalate, target, reason, CaseEventKind.Escalated);
    }

    private static async Task<int> ReferAsync(ShareCaseInput input, MutationContext m)
    {
        var (@case, target, reason) = await PrepareAsync(input, m, "refer the case");
        if (target.Path == @case.HandlingPath)
        {
            throw new InvalidInputException("unitId", "The case is already handled by this unit.");
        }

        if (!CaseUnitRules.IsReferableRegardlessOfLevel(target)
            && (CaseShares.IsBelow(target.Path, @case.HandlingPath) || CaseShares.IsBelow(@case.HandlingPath, target.Path)))
        {
            throw new InvalidInputException("unitId", "A unit above or below the handling unit takes the case by escalateCase or assignCase, not by a referral.");
        }

        CaseShares.Add(m, @case, ShareKind.Refer, target, reason);
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Referred, reason, new { from = @case.HandlingPath, to = target.Path });
    }

    private static async Task<int> AcceptReferralAsync(AcceptReferralInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var note = CaseIntakeMutations.Reason(input.Note, required: false, field: "note");
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseChanges.RequireStatus(@case, "accept the referral", Open);
        var share = await CaseShares.PendingReferralForCallerAsync(m, @case, "accept the referral");
        var from = @case.HandlingPath;
        share.Status = ShareStatus.Accepted;
        share.RespondedAt = m.Now;
        share.ResponseReason = note;
        @case.HandlingUnitId = share.TargetUnitId;
        @case.HandlingPath = share.TargetPath;
        if (@case.Status == CaseStatus.Registered)
        {
            // The referral's target decides on acceptance, so the handling deadline starts now.
            var policy = m.Services.GetRequiredService<IOptions<DeadlinePolicy>>().Value;
            @case.Status = CaseStatus.Accepted;
            @case.AcceptedAt = m.Now;
            @case.ResolveDueAt = m.Now.AddDays(policy.ResolveDays);
        }
        else
        {
            @case.Status = CaseStatus.InProgress;
        }

        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.ReferralAccepted, note, new { from, to = share.TargetPath });
    }

    private static async Task<int> ReturnReferralAsync(CaseReasonInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var reason = CaseIntakeMutations.Reason(input.Reason, required: true);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        var share = await CaseShares.PendingReferralForCallerAsync(m, @case, "return the referral");
        share.Status = ShareStatus.Returned;
        share.RespondedAt = m.Now;
        share.ResponseReason = reason;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.ReferralReturned, reason, new { from = share.TargetPath, to = @case.HandlingPath });
    }

    private static async Task<int> RequestAssistanceAsync(ShareCaseInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var reason = CaseIntakeMutations.Reason(input.Reason, required: false);
        var target = await CaseShares.TargetAsync(m, input.UnitId);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "request assistance", Open);
        if (target.Path == @case.HandlingPath)
        {
            throw new InvalidInputException("unitId", "The handling unit cannot be asked to assist on its own case.");
        }

        CaseShares.Add(m, @case, ShareKind.Assist, target, reason);
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.AssistanceRequested, reason, new { from = @case.HandlingPath, to = target.Path });
    }

    /// <summary>
    /// The checks assign, escalate and refer share: a writer, valid input (before anything is
    /// loaded), a visible case at the client's version, the handling unit or an ancestor acting,
    /// an open case, and no referral awaiting an answer.
    /// </summary>
    private static async Task<(Case Case, Unit Target, string? Reason)> PrepareAsync(ShareCaseInput input, MutationContext m, string action)
    {
        CaseAccess.RequireWriter(m.Principal);
        var reason = CaseIntakeMutations.Reason(input.Reason, required: false);
        var target = await CaseShares.TargetAsync(m, input.UnitId);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, action, Open);
        await CaseShares.RequireNoPendingReferralAsync(m, @case, action);
        return (@case, target, reason);
    }

    private static async Task<int> MoveAsync(MutationContext m, Case @case, ShareKind kind, Unit target, string? reason, CaseEventKind eventKind)
    {
        var from = @case.HandlingPath;
        CaseShares.Add(m, @case, kind, target, reason);
        CaseShares.MoveTo(@case, target);
        return await CaseChanges.SaveAsync(m, @case, eventKind, reason, new { from, to = target.Path });
    }
}
