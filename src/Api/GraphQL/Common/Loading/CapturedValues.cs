using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// Turns a predicate written with captured variables into the shape of a compiled query: every
/// captured variable holding one given object is read from a parameter instead.
/// </summary>
internal static class CapturedValues
{
    /// <summary>
    /// <paramref name="predicate"/> with each captured variable that holds <paramref name="stub"/>
    /// replaced by <paramref name="with"/>, or null when the predicate captures anything else: a
    /// value of one request that a compiled query would keep for every other.
    /// </summary>
    public static Expression<Func<T, bool>>? Lift<T>(Expression<Func<T, bool>> predicate, object stub, Expression with)
    {
        var lifting = new Lifting(stub, with);
        var lifted = (Expression<Func<T, bool>>)lifting.Visit(predicate);
        return lifting.CapturesOther ? null : lifted;
    }

    private sealed class Lifting(object stub, Expression with) : ExpressionVisitor
    {
        public bool CapturesOther { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node is { Expression: ConstantExpression { Value: { } closure }, Member: FieldInfo field } && IsClosure(closure.GetType()))
            {
                if (ReferenceEquals(field.GetValue(closure), stub) && field.FieldType.IsAssignableFrom(with.Type))
                {
                    return with.Type == field.FieldType ? with : Expression.Convert(with, field.FieldType);
                }

                CapturesOther = true;
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            // A closure reached other than through one of its variables.
            CapturesOther |= node.Value is { } value && IsClosure(value.GetType());
            return node;
        }

        private static bool IsClosure(Type type) => type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
    }
}
