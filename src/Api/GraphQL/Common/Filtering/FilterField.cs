using System.Linq.Expressions;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>One field of a filter input: the entity member it reads and how argument values become member values.</summary>
/// <param name="Member">A lambda from the entity to the filtered member.</param>
/// <param name="Decode">Turns one argument value into a member value, or <see cref="FilterValues.NoMatch"/>.</param>
/// <param name="AllowsText">Whether the string operations (contains, startsWith, endsWith) apply.</param>
/// <param name="Seen">
/// For a key of a tenant-filtered row: given the query's context and the key, a condition that
/// the caller can see the row it names. Null for members that name nothing hidden.
/// </param>
internal sealed record FilterField(
    LambdaExpression Member, Func<object?, object?> Decode, bool AllowsText, Func<PlatformDbContext, Expression, Expression>? Seen = null);
