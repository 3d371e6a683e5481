using System.Collections;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Filtering;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// What the <c>where</c> and <c>order</c> arguments of one field add to an operation: each nested object
/// or list filter and each nested sort costs <see cref="QueryLimitsOptions.NestedFilterCost"/>, and the
/// deepest nesting is checked against <see cref="QueryLimitsOptions.MaxFilterDepth"/>. Literals and
/// variables are read alike; a value that will fail validation adds what it can be read as.
/// </summary>
internal sealed class NestedFilterCost(QueryLimitsOptions limits, IReadOnlyDictionary<string, object?> variables)
{
    private double _cost;
    private int _depth;

    /// <summary>The cost and the deepest nesting of the filter and sort arguments <paramref name="field"/> writes.</summary>
    public (double Cost, int Depth) Measure(GraphQLField field, FieldType? definition)
    {
        _cost = 0;
        _depth = 0;
        foreach (var argument in field.Arguments ?? Enumerable.Empty<GraphQLArgument>())
        {
            if (definition?.Arguments?.Find(argument.Name.StringValue)?.ResolvedType?.GetNamedType() is INestableInput and IInputObjectGraphType type)
                Walk(Read(argument.Value), type, 0);
        }

        return (_cost, _depth);
    }

    private void Walk(object? value, IInputObjectGraphType type, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (value is IDictionary<string, object?> fields)
        {
            foreach (var (name, inner) in fields)
            {
                if (inner is null || type.GetField(name)?.ResolvedType?.GetNamedType() is not IInputObjectGraphType fieldType)
                    continue;

                if (fieldType is INestableInput && name is not ("and" or "or"))
                {
                    _cost += limits.NestedFilterCost;
                    _depth = Math.Max(_depth, depth + 1);

                    // Beyond the limit the operation is refused anyway; reading further would only cost time.
                    if (depth + 1 <= limits.MaxFilterDepth)
                        Walk(inner, fieldType, depth + 1);
                }
                else
                {
                    Walk(inner, fieldType, depth);
                }
            }
        }
        else if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
                Walk(item, type, depth);
        }
    }

    /// <summary>A literal as GraphQL.NET would parse it: objects as dictionaries, lists as lists, variables by their value.</summary>
    private object? Read(GraphQLValue value) => value switch
    {
        GraphQLObjectValue obj => (obj.Fields ?? []).GroupBy(f => f.Name.StringValue)
            .ToDictionary(g => g.Key, g => Read(g.First().Value)),
        GraphQLListValue list => (list.Values ?? []).Select(Read).ToList(),
        GraphQLVariable variable => variables.TryGetValue(variable.Name.StringValue, out var given) ? given : null,
        GraphQLNullValue => null,
        _ => true,
    };
}
