using System.Linq.Expressions;
using Platform.Data.Entities;

namespace Platform.Workflow.Meetings;

/// <summary>A decision is open (on the queue) while its case is not yet resolved, withdrawn or declined; overdue when open past its deadline.</summary>
public static class DecisionState
{
    private static readonly CaseStatus[] OpenStatuses = [CaseStatus.Registered, CaseStatus.Accepted, CaseStatus.InProgress];

    public static bool IsOpen(CaseStatus status) => OpenStatuses.Contains(status);

    /// <summary><see cref="IsOpen"/> as an expression on the case, for queries.</summary>
    public static Expression<Func<Case, bool>> CaseIsOpen { get; } = c => OpenStatuses.Contains(c.Status);

    public static bool IsOverdue(CaseStatus status, DateTime dueAt, DateTime now) => IsOpen(status) && dueAt < now;
}
