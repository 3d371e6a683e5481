using System.Linq.Expressions;
using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>
/// DESIGN §5 deadlines: the one that applies in the case's current state, and whether it is
/// due soon or overdue. The same rules as expressions (for filters and sorting in SQL) and as
/// functions (for fields of cases already read), so both always agree.
/// </summary>
public static class CaseDeadlines
{
    /// <summary>The deadline that applies now: acceptance while REGISTERED, handling while ACCEPTED or IN_PROGRESS, else none.</summary>
    public static readonly Expression<Func<Case, DateTime?>> DueAt = c =>
        c.Status == CaseStatus.Registered ? c.AcceptDueAt
        : c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress ? c.ResolveDueAt
        : null;

    private static readonly Func<Case, DateTime?> DueAtOf = DueAt.Compile();

    /// <summary>The columns the deadline fields read.</summary>
    public static readonly string[] Columns = [nameof(Case.Status), nameof(Case.AcceptDueAt), nameof(Case.ResolveDueAt)];

    /// <summary>
    /// Past its deadline at <paramref name="now"/>. <paramref name="now"/> is captured by the
    /// lambda, so EF Core sends it as a parameter of each execution, never as a literal.
    /// </summary>
    public static Expression<Func<Case, bool>> Overdue(DateTime now) => c =>
        (c.Status == CaseStatus.Registered && c.AcceptDueAt < now)
        || ((c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress) && c.ResolveDueAt < now);

    /// <summary>Not overdue at <paramref name="now"/> but due within <paramref name="days"/> days.</summary>
    public static Expression<Func<Case, bool>> DueSoon(DateTime now, int days)
    {
        var limit = now.AddDays(days);
        return c =>
            (c.Status == CaseStatus.Registered && c.AcceptDueAt >= now && c.AcceptDueAt <= limit)
            || ((c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress) && c.ResolveDueAt >= now && c.ResolveDueAt <= limit);
    }

    public static DateTime? DueAtFor(Case @case) => DueAtOf(@case);

    public static bool IsOverdue(Case @case, DateTime now) => DueAtOf(@case) is { } due && now > due;

    public static bool IsDueSoon(Case @case, DateTime now, int days) =>
        DueAtOf(@case) is { } due && now <= due && due - now <= TimeSpan.FromDays(days);

    /// <summary>The request's notion of now, from the injectable clock.</summary>
    public static DateTime Now(IServiceProvider services) => services.GetRequiredService<IClock>().UtcNow;

    public static int DueSoonDays(IServiceProvider services) => services.GetRequiredService<IOptions<DeadlinePolicy>>().Value.DueSoonDays;
}
