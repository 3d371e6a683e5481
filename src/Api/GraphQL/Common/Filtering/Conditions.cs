using System.Linq.Expressions;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>Combines boolean expressions, folding constants so that the SQL stays free of <c>1 = 1</c> noise.</summary>
internal static class Conditions
{
    public static readonly ConstantExpression True = Expression.Constant(true);
    public static readonly ConstantExpression False = Expression.Constant(false);

    public static Expression All(IEnumerable<Expression> conditions)
    {
        Expression? result = null;
        foreach (var condition in conditions)
        {
            if (IsConstant(condition, true))
            {
                continue;
            }

            if (IsConstant(condition, false))
            {
                return False;
            }

            result = result is null ? condition : Expression.AndAlso(result, condition);
        }

        return result ?? True;
    }

    /// <summary>An empty <c>or</c> list filters nothing, like an empty <c>and</c> list.</summary>
    public static Expression Any(IEnumerable<Expression> conditions)
    {
        Expression? result = null;
        var any = false;
        foreach (var condition in conditions)
        {
            any = true;
            if (IsConstant(condition, true))
            {
                return True;
            }

            if (IsConstant(condition, false))
            {
                continue;
            }

            result = result is null ? condition : Expression.OrElse(result, condition);
        }

        return result ?? (any ? False : True);
    }

    public static Expression Not(Expression condition) =>
        IsConstant(condition, true) ? False
        : IsConstant(condition, false) ? True
        : Expression.Not(condition);

    private static bool IsConstant(Expression expression, bool value) =>
        expression is ConstantExpression { Value: bool b } && b == value;
}
