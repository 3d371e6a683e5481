using System.Linq.Expressions;
using Platform.Data.Entities;

namespace Platform.Data.Tenancy;

/// <summary>
/// How a page of cases in a wide scope is read on SQLite. The visibility test (owned in the scope
/// or shared into it) lets SQLite collect every case in scope through two indexes and sort them, so
/// that the page costs as much as the scope is large. Walking the registration-date index in the
/// page's order and testing each case stops at the page's last row instead, after reading about
/// <c>rowsToRead × tableRows / inScope</c> cases when the scope's cases are spread over time. The
/// walk is chosen when that is fewer than the cases in scope, <c>inScope² &gt; rowsToRead ×
/// tableRows</c>, with the scope's count taken from the page's total, or, for a page read without
/// it, counted only up to <see cref="FewestToWalk"/>. A walk is bounded (see
/// <see cref="CaseWalkBound"/>) for scopes whose cases are not spread over time. One per database.
/// </summary>
public sealed class CaseWalk
{
    private long tableRows;

    /// <summary>The number of case rows, estimated by the largest case id; 0 until it has been read.</summary>
    public long TableRows
    {
        get => Volatile.Read(ref tableRows);
        set => Volatile.Write(ref tableRows, value);
    }

    /// <summary>A walk reads at most this many times the cases it is expected to read, and at least <see cref="BoundFloor"/>.</summary>
    public const int BoundSlack = 8;

    /// <summary>The fewest cases a walk may read before it is cut; lowered by tests to cut every walk.</summary>
    internal long BoundFloor { get; set; } = 10_000;

    /// <summary>The most cases a walk may read for a page that needs the first <paramref name="rowsToRead"/> of <paramref name="inScope"/>.</summary>
    public long BoundRows(long inScope, long rowsToRead) =>
        Math.Max(BoundFloor, BoundSlack * rowsToRead * TableRows / Math.Max(1, inScope));

    /// <summary>True when walking reads fewer cases than collecting the <paramref name="inScope"/> ones would.</summary>
    public bool Pays(long inScope, long rowsToRead)
    {
        var rows = TableRows;
        return rows > 0 && rowsToRead * rows < inScope * inScope;
    }

    /// <summary>
    /// The fewest cases in scope for which walking pays (see <see cref="Pays"/>), for a page that
    /// needs the first <paramref name="rowsToRead"/>: a page read without its total counts the scope
    /// only up to this number. Null while the table's size is unknown (no walk).
    /// </summary>
    public int? FewestToWalk(long rowsToRead)
    {
        var rows = TableRows;
        if (rows <= 0)
        {
            return null;
        }

        var product = rowsToRead * rows;
        var root = (long)Math.Sqrt(product);
        while (root * root > product)
        {
            root--;
        }

        return (int)Math.Min(int.MaxValue, root + 1);
    }

    /// <summary>True when <paramref name="query"/>'s first sort key is <see cref="Case.RegisteredAt"/>, which an index serves in either direction.</summary>
    public static bool OrdersByRegistration(Expression query)
    {
        for (var call = query as MethodCallExpression; call is not null; call = call.Arguments.FirstOrDefault() as MethodCallExpression)
        {
            if (call.Method.DeclaringType == typeof(Queryable)
                && call.Method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending))
            {
                return KeyOf(call.Arguments[1]) is { Member.Name: nameof(Case.RegisteredAt) } key
                    && key.Expression?.Type == typeof(Case);
            }
        }

        return false;
    }

    private static MemberExpression? KeyOf(Expression argument) => argument switch
    {
        UnaryExpression { NodeType: ExpressionType.Quote } quote => KeyOf(quote.Operand),
        LambdaExpression lambda => KeyOf(lambda.Body),
        UnaryExpression { NodeType: ExpressionType.Convert } convert => KeyOf(convert.Operand),
        MemberExpression member => member,
        _ => null,
    };
}
