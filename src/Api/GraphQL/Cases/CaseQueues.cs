using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>
/// The predicates of the work queues (<c>viewer.queue</c>), for the units a
/// <see cref="CaseQueueHolder"/> covers, applied on top of the tenant-filtered cases. Deadlines
/// are <see cref="CaseDeadlines"/>'; a supervision reply is overdue once its reply deadline has
/// passed without a reply. Every case that is neither closed nor withdrawn is in a status queue
/// of its handling unit (PENDING_ACCEPTANCE, IN_PROGRESS, AWAITING_VERIFICATION, AWAITING_CLOSURE).
/// </summary>
public static class CaseQueues
{
    /// <summary>The cases in <paramref name="kind"/> of <paramref name="holder"/> at <paramref name="now"/>.</summary>
    public static Expression<Func<Case, bool>> For(CaseQueueKind kind, CaseQueueHolder holder, DateTime now, int dueSoonDays)
    {
        var paths = holder.Paths;
        var subject = holder.Subject;
        return kind switch
        {
            CaseQueueKind.PendingAcceptance => Handled(paths, c => c.Status == CaseStatus.Registered),
            CaseQueueKind.InProgress => Handled(paths, c => c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress),
            CaseQueueKind.DueSoon => Handled(paths, CaseDeadlines.DueSoon(now, dueSoonDays)),
            CaseQueueKind.Overdue => Handled(paths, CaseDeadlines.Overdue(now)),
            CaseQueueKind.AwaitingVerification => c => c.Status == CaseStatus.Resolved
                && (paths.Contains(c.OwnerPath) || paths.Contains(c.HandlingPath)),
            CaseQueueKind.AwaitingClosure => c => (c.Status == CaseStatus.Verified || c.Status == CaseStatus.NotAccepted)
                && (paths.Contains(c.OwnerPath) || paths.Contains(c.HandlingPath)),

            // A referral the target accepted or returned is no longer Active, so it leaves the queue
            // while the share row keeps the case visible to the target as history.
            CaseQueueKind.ReferralsIn => c => c.Shares.Any(s =>
                s.Kind == ShareKind.Refer && s.Status == ShareStatus.Active && paths.Contains(s.TargetPath)),
            CaseQueueKind.Supervised => Handled(paths, c => c.Supervisions.Any(s => s.RepliedAt == null)),
            CaseQueueKind.ReplyOverdue => Handled(paths, c => c.Supervisions.Any(s => s.RepliedAt == null && s.ReplyDueAt < now)),

            // A reminder is addressed to the unit handling the case then; it leaves that unit's
            // queue with the case.
            CaseQueueKind.Reminded => Handled(paths, c => c.RemindedPath == c.HandlingPath
                && (c.Status == CaseStatus.Registered || c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress)),
            CaseQueueKind.LeaderOwned => c => c.LeaderOwnerId == subject
                && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Withdrawn,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>
    /// The kinds whose predicate depends on nothing of the request but the holder's paths, so that
    /// their first pages can run compiled (<see cref="ForPaths"/>).
    /// </summary>
    private static readonly HashSet<CaseQueueKind> OfPathsAlone =
        [.. Enum.GetValues<CaseQueueKind>().Where(kind => ForPaths(kind, Expression.Parameter(typeof(IReadOnlyList<string>))) is not null)];

    /// <summary>Whether <paramref name="kind"/>'s predicate depends on the holder's paths alone.</summary>
    public static bool DependsOnPathsAlone(CaseQueueKind kind) => OfPathsAlone.Contains(kind);

    /// <summary>
    /// <see cref="For"/> with the holder's paths read from <paramref name="paths"/> (of type
    /// <see cref="IReadOnlyList{T}"/> of string, a compiled query's parameter), or null for a kind
    /// that also depends on the time or the caller's subject.
    /// </summary>
    public static Expression<Func<Case, bool>>? ForPaths(CaseQueueKind kind, Expression paths)
    {
        IReadOnlyList<string> stub = new List<string>();
        return CapturedValues.Lift(For(kind, new CaseQueueHolder(stub, ""), DateTime.MinValue, 0), stub, paths);
    }

    /// <summary>The kinds whose predicate starts with <see cref="Handled"/>'s test of the handling unit.</summary>
    private static readonly HashSet<CaseQueueKind> ByHandlingUnit =
        [.. Enum.GetValues<CaseQueueKind>().Where(kind => For(kind, new CaseQueueHolder([], ""), DateTime.MinValue, 0).Body
            is BinaryExpression { NodeType: ExpressionType.AndAlso, Left: MethodCallExpression { Method.Name: nameof(Enumerable.Contains) } test }
            && test.Arguments[^1] is MemberExpression { Member.Name: nameof(Case.HandlingPath) })];

    /// <summary>
    /// Whether <paramref name="kind"/>'s cases are found by their handling unit (its index), not by
    /// the tenant's owner range, so that its pages test the shares case by case
    /// (<see cref="PlatformDbContext.ProbesShares"/>).
    /// </summary>
    public static bool SeeksHandlingUnits(CaseQueueKind kind) => ByHandlingUnit.Contains(kind);

    /// <summary>Most urgent first in the deadline queues, first come first served in the others.</summary>
    public static Func<IQueryable<Case>, IOrderedQueryable<Case>> DefaultOrder(CaseQueueKind kind) =>
        kind is CaseQueueKind.DueSoon or CaseQueueKind.Overdue
            ? q => q.OrderBy(c => c.Status == CaseStatus.Registered ? (DateTime?)c.AcceptDueAt : c.ResolveDueAt)
            : q => q.OrderBy(c => c.RegisteredAt);

    /// <summary>
    /// The length of every queue in four commands: one grouped count over the cases the holder
    /// owns, handles or leads, and one count each for the queues that depend on shares and
    /// supervisions (a subquery cannot sit inside an aggregate on SQL Server).
    /// </summary>
    public static async Task<CaseQueueCounts> CountAsync(PlatformDbContext db, CaseQueueHolder holder, DateTime now, int dueSoonDays, CancellationToken ct)
    {
        var paths = holder.Paths;
        var counts = await db.Cases.AsNoTracking()
            .Where(c => paths.Contains(c.HandlingPath) || paths.Contains(c.OwnerPath) || c.LeaderOwnerId == holder.Subject)
            .GroupBy(c => 1)
            .Select(GroupedCounts(holder, now, dueSoonDays))
            .FirstOrDefaultAsync(ct) ?? new CaseQueueCounts();
        counts.ReferralsIn = await db.Cases.CountAsync(For(CaseQueueKind.ReferralsIn, holder, now, dueSoonDays), ct);
        counts.Supervised = await db.Cases.CountAsync(For(CaseQueueKind.Supervised, holder, now, dueSoonDays), ct);
        counts.ReplyOverdue = await db.Cases.CountAsync(For(CaseQueueKind.ReplyOverdue, holder, now, dueSoonDays), ct);
        return counts;
    }

    /// <summary>Cases handled by one of <paramref name="paths"/> that also match <paramref name="rest"/>.</summary>
    private static Expression<Func<Case, bool>> Handled(IReadOnlyList<string> paths, Expression<Func<Case, bool>> rest)
    {
        Expression<Func<Case, bool>> handled = c => paths.Contains(c.HandlingPath);
        var body = ReplacingExpressionVisitor.Replace(rest.Parameters[0], handled.Parameters[0], rest.Body);
        return Expression.Lambda<Func<Case, bool>>(Expression.AndAlso(handled.Body, body), handled.Parameters);
    }

    /// <summary><c>g =&gt; new CaseQueueCounts { PendingAcceptance = g.Count(predicate), … }</c> for the queues without subqueries.</summary>
    private static Expression<Func<IGrouping<int, Case>, CaseQueueCounts>> GroupedCounts(CaseQueueHolder holder, DateTime now, int dueSoonDays)
    {
        var g = Expression.Parameter(typeof(IGrouping<int, Case>), "g");
        var countWhere = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(Case));
        MemberBinding Bind(CaseQueueKind kind) => Expression.Bind(
            typeof(CaseQueueCounts).GetProperty(kind.ToString())!,
            Expression.Call(countWhere, g, For(kind, holder, now, dueSoonDays)));
        CaseQueueKind[] grouped =
        [
            CaseQueueKind.PendingAcceptance, CaseQueueKind.InProgress, CaseQueueKind.DueSoon, CaseQueueKind.Overdue,
            CaseQueueKind.AwaitingVerification, CaseQueueKind.AwaitingClosure, CaseQueueKind.Reminded, CaseQueueKind.LeaderOwned,
        ];
        var body = Expression.MemberInit(Expression.New(typeof(CaseQueueCounts)), grouped.Select(Bind));
        return Expression.Lambda<Func<IGrouping<int, Case>, CaseQueueCounts>>(body, g);
    }
}
