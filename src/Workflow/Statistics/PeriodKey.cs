using System.Linq.Expressions;

namespace Platform.Workflow.Statistics;

/// <summary>
/// <c>PeriodKey.Of(x)</c> marks, inside a statistics query, the index of the period of the instant
/// <c>x</c>; <see cref="Expand{T}"/> replaces each mark with <see cref="StatsPeriods.IndexOf"/> before
/// the query runs, so that the queries read as ordinary LINQ.
/// </summary>
internal static class PeriodKey
{
    public static int Of(DateTime at) => throw new InvalidOperationException("Only inside a query that PeriodKey.Expand rewrote.");

    public static IQueryable<T> Expand<T>(IQueryable<T> query, StatsPeriods periods) =>
        query.Provider.CreateQuery<T>(new Expander(periods.IndexOf()).Visit(query.Expression));

    private sealed class Expander(Expression<Func<DateTime, int>> index) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(PeriodKey) && node.Method.Name == nameof(Of)
                ? new Substitute(index.Parameters[0], Visit(node.Arguments[0])).Visit(index.Body)
                : base.VisitMethodCall(node);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
