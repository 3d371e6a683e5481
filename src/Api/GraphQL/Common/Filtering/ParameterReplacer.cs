using System.Linq.Expressions;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>Rebinds a lambda's body to another parameter or expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(LambdaExpression lambda, Expression with) =>
        new ParameterReplacer(lambda.Parameters[0], with).Visit(lambda.Body);

    public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
        new ParameterReplacer(from, to).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
