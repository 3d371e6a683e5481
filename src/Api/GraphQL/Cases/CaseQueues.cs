using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>
/// The predicates of the work queues (<c>viewer.queue</c>). Each is for one unit exactly — its
/// own work, not its descendants' — and is applied on top of the tenant-filtered cases.
/// Deadlines follow DESIGN §5: the acceptance deadline while REGISTERED, the handling deadline
/// while ACCEPTED or IN_PROGRESS; due soon when it is at most <c>dueSoonDays</c> away and not
/// yet past, overdue once past.
/// </summary>
public static class CaseQueues
{
    /// <summary>The cases in <paramref name="kind"/> of the unit at <paramref name="unitPath"/> at <paramref name="now"/>.</summary>
    public static Expression<Func<Case, bool>> For(CaseQueueKind kind, string unitPath, DateTime now, int dueSoonDays) => kind switch
    {
        CaseQueueKind.PendingAcceptance => c => c.HandlingPath == unitPath && c.Status == CaseStatus.Registered,
        CaseQueueKind.InProgress => c => c.HandlingPath == unitPath
            && (c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress),
        CaseQueueKind.DueSoon => DueWithin(unitPath, now, now.AddDays(dueSoonDays)),
        CaseQueueKind.Overdue => c => c.HandlingPath == unitPath
            && ((c.Status == CaseStatus.Registered && c.AcceptDueAt < now)
                || ((c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress) && c.ResolveDueAt < now)),
        CaseQueueKind.AwaitingVerification => c => c.Status == CaseStatus.Resolved
            && (c.OwnerPath == unitPath || c.HandlingPath == unitPath),

        // A referral the target accepted or returned is no longer Active, so it leaves the queue
        // while the share row keeps the case visible to the target as history.
        CaseQueueKind.ReferralsIn => c => c.Shares.Any(s =>
            s.Kind == ShareKind.Refer && s.Status == ShareStatus.Active && s.TargetPath == unitPath),
        CaseQueueKind.Supervised => c => c.HandlingPath == unitPath && c.Supervisions.Any(s => s.RepliedAt == null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Most urgent first in the deadline queues, first come first served in the others.</summary>
    public static Func<IQueryable<Case>, IOrderedQueryable<Case>> DefaultOrder(CaseQueueKind kind) =>
        kind is CaseQueueKind.DueSoon or CaseQueueKind.Overdue
            ? q => q.OrderBy(c => c.Status == CaseStatus.Registered ? (DateTime?)c.AcceptDueAt : c.ResolveDueAt)
            : q => q.OrderBy(c => c.RegisteredAt);

    /// <summary>
    /// The length of every queue in three commands: one grouped count over the cases the unit
    /// owns or handles, and one count each for the queues that depend on shares and supervisions
    /// (a subquery cannot sit inside an aggregate on SQL Server).
    /// </summary>
    public static async Task<CaseQueueCounts> CountAsync(PlatformDbContext db, string unitPath, DateTime now, int dueSoonDays, CancellationToken ct)
    {
        var counts = await db.Cases.AsNoTracking()
            .Where(c => c.HandlingPath == unitPath || c.OwnerPath == unitPath)
            .GroupBy(c => 1)
            .Select(GroupedCounts(unitPath, now, dueSoonDays))
            .FirstOrDefaultAsync(ct) ?? new CaseQueueCounts();
        counts.ReferralsIn = await db.Cases.CountAsync(For(CaseQueueKind.ReferralsIn, unitPath, now, dueSoonDays), ct);
        counts.Supervised = await db.Cases.CountAsync(For(CaseQueueKind.Supervised, unitPath, now, dueSoonDays), ct);
        return counts;
    }

    private static Expression<Func<Case, bool>> DueWithin(string unitPath, DateTime now, DateTime soon) =>
        c => c.HandlingPath == unitPath
            && ((c.Status == CaseStatus.Registered && c.AcceptDueAt >= now && c.AcceptDueAt <= soon)
                || ((c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress) && c.ResolveDueAt >= now && c.ResolveDueAt <= soon));

    /// <summary><c>g =&gt; new CaseQueueCounts { PendingAcceptance = g.Count(predicate), … }</c> for the queues without subqueries.</summary>
    private static Expression<Func<IGrouping<int, Case>, CaseQueueCounts>> GroupedCounts(string unitPath, DateTime now, int dueSoonDays)
    {
        var g = Expression.Parameter(typeof(IGrouping<int, Case>), "g");
        var countWhere = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(Case));
        MemberBinding Bind(string property, CaseQueueKind kind) => Expression.Bind(
            typeof(CaseQueueCounts).GetProperty(property)!,
            Expression.Call(countWhere, g, For(kind, unitPath, now, dueSoonDays)));
        var body = Expression.MemberInit(
            Expression.New(typeof(CaseQueueCounts)),
            Bind(nameof(CaseQueueCounts.PendingAcceptance), CaseQueueKind.PendingAcceptance),
            Bind(nameof(CaseQueueCounts.InProgress), CaseQueueKind.InProgress),
            Bind(nameof(CaseQueueCounts.DueSoon), CaseQueueKind.DueSoon),
            Bind(nameof(CaseQueueCounts.Overdue), CaseQueueKind.Overdue),
            Bind(nameof(CaseQueueCounts.AwaitingVerification), CaseQueueKind.AwaitingVerification));
        return Expression.Lambda<Func<IGrouping<int, Case>, CaseQueueCounts>>(body, g);
    }
}
