using System.Linq.Expressions;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Workflow.Meetings;

/// <summary>A decision is open (on the queue) while its case is not yet resolved, withdrawn or declined; overdue when open past its deadline.</summary>
public static class DecisionState
{
    public static bool IsOpen(CaseStatus status) => CaseChanges.Open.Contains(status);

    /// <summary><see cref="IsOpen"/> as an expression on the case, for queries.</summary>
    public static Expression<Func<Case, bool>> CaseIsOpen { get; } = c => CaseChanges.Open.Contains(c.Status);

    public static bool IsOverdue(CaseStatus status, DateTime dueAt, DateTime now) => IsOpen(status) && dueAt < now;
}
