using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>The steps the sharing mutations have in common: the target unit, the share row and pending referrals.</summary>
public static class CaseShares
{
    /// <summary>The target unit of a share, or VALIDATION on <c>unitId</c>; checked before the case is loaded.</summary>
    public static async Task<Unit> TargetAsync(Change m, int unitId)
    {
        var unit = await Units.FindAsync(m, unitId) ?? throw new InvalidInputException("unitId", "No such unit.");
        CaseUnitRules.RequireActive(unit);
        return unit;
    }

    /// <summary>True when <paramref name="path"/> lies strictly below <paramref name="ancestor"/>.</summary>
    public static bool IsBelow(string path, string ancestor) =>
        path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal);

    /// <summary>Adds the share that records a hand-over and makes the case visible to the target and its ancestors.</summary>
    public static CaseShare Add(Change m, Case @case, ShareKind kind, Unit target, string? reason)
    {
        var share = new CaseShare
        {
            Case = @case,
            CaseId = @case.Id,
            OwnerPath = @case.OwnerPath,
            Kind = kind,
            Status = ShareStatus.Active,
            FromUnitId = @case.HandlingUnitId,
            TargetUnitId = target.Id,
            TargetPath = target.Path,
            Reason = reason,
            CreatedAt = m.Now,
            CreatedById = m.Actor.Subject,
            CreatedByName = m.Actor.DisplayName,
        };
        m.Db.CaseShares.Add(share);
        return share;
    }

    /// <summary>Moves the handling unit; a case that was already accepted is now being worked on.</summary>
    public static void MoveTo(Case @case, Unit target)
    {
        @case.HandlingUnitId = target.Id;
        @case.HandlingPath = target.Path;
        if (@case.Status != CaseStatus.Registered)
        {
            @case.Status = CaseStatus.InProgress;
        }
    }

    /// <summary>Refuses to <paramref name="action"/> while a referral of the case awaits its target's answer.</summary>
    public static async Task RequireNoPendingReferralAsync(Change m, Case @case, string action)
    {
        if (await HasPendingReferralAsync(m, @case))
        {
            throw new PendingReferralException(action, @case);
        }
    }

    /// <summary>
    /// Whether a referral awaits an answer. Read from the timeline rather than the shares: a share
    /// is visible only in its owner's and its target's subtrees, so a handling unit outside both
    /// (e.g. a district that took the case over by a referral) would not see its own pending
    /// referral, while the case's events are visible to whoever sees the case. Every referral,
    /// acceptance and return appends its event in the same save as the share, so they agree.
    /// </summary>
    public static async Task<bool> HasPendingReferralAsync(Change m, Case @case)
    {
        var last = await m.Db.CaseEvents
            .Where(e => e.CaseId == @case.Id
                && (e.Kind == CaseEventKind.Referred || e.Kind == CaseEventKind.ReferralAccepted || e.Kind == CaseEventKind.ReferralReturned))
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Select(e => (CaseEventKind?)e.Kind)
            .FirstOrDefaultAsync(m.CancellationToken);
        return last == CaseEventKind.Referred;
    }

    /// <summary>
    /// The pending referral the caller may answer: one whose target is the caller's unit or a
    /// descendant of it (rule 5). AUTH_NOT_AUTHORIZED when the pending referral went elsewhere,
    /// INVALID_TRANSITION when there is none.
    /// </summary>
    public static async Task<CaseShare> PendingReferralForCallerAsync(Change m, Case @case, string action)
    {
        var pending = await m.Db.CaseShares
            .Where(s => s.CaseId == @case.Id && s.Kind == ShareKind.Refer && s.Status == ShareStatus.Active)
            .OrderByDescending(s => s.Id)
            .ToListAsync(m.CancellationToken);
        if (pending.FirstOrDefault(s => m.Actor.Scope.Contains(s.TargetPath)) is { } share)
        {
            return share;
        }

        if (pending.Count > 0 || await HasPendingReferralAsync(m, @case))
        {
            throw new NotAuthorizedException("Only the unit the case was referred to, or one of its ancestors, may answer the referral.");
        }

        throw new NoPendingReferralException(action, @case);
    }
}
