using System.Linq.Expressions;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>One field of a filter input: the entity member it reads and how argument values become member values.</summary>
/// <param name="Member">A lambda from the entity to the filtered member.</param>
/// <param name="Decode">Turns one argument value into a member value, or <see cref="FilterValues.NoMatch"/>.</param>
/// <param name="AllowsText">Whether the string operations (contains, startsWith, endsWith) apply.</param>
internal sealed record FilterField(LambdaExpression Member, Func<object?, object?> Decode, bool AllowsText);
