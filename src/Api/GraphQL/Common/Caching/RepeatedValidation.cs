using System.Collections;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Caching;

/// <summary>
/// Validates as <see cref="DocumentValidator"/> does, and answers a cached document's query sent
/// again with the same variables with the last result. A front end that polls a queue sends the
/// same document with the same variables each time, and a document from <see cref="DocumentCache"/>
/// passed the rules already: what is left of validation is coercing the variables and parsing every
/// field's arguments, which walk the whole document (some 4% of a queue page's CPU).
/// </summary>
/// <remarks>
/// Only a result that depends on nothing but the document and the variables is kept: no rules to
/// run (a cached document over POST; <see cref="ExecutionOptions.CachedDocumentValidationRules"/> is
/// empty there), a query (executed in parallel, so GraphQL.NET copies the argument values before
/// it adds to them), no errors, and only immutable argument values — scalars, enum values and null.
/// An input object or a list would be shared by the requests that reuse the result, so an operation
/// with one is validated each time. One result per operation, replaced when the variables change.
/// </remarks>
public sealed class RepeatedValidation(IDocumentValidator inner) : IDocumentValidator
{
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, Entry> _last = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (!Reusable(options))
            return inner.ValidateAsync(options);

        if (_last.TryGetValue(options.Operation, out var last)
            && ReferenceEquals(last.Schema, options.Schema)
            && SameInputs(last.Variables, options.Variables))
        {
            return last.Result;
        }

        return ValidateAndKeepAsync(inner.ValidateAsync(options), options.Operation, options.Schema, options.Variables);
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(Task<IValidationResult> validation, GraphQLOperationDefinition operation, ISchema schema, Inputs variables)
    {
        var result = await validation.ConfigureAwait(false);
        if (result.IsValid && Immutable(result))
        {
            _last.AddOrUpdate(operation, new Entry(schema, variables, Task.FromResult(result)));
        }

        return result;
    }

    private static bool Reusable(in ValidationOptions options) =>
        options.Operation is { Operation: OperationType.Query }
        && (options.Rules is null || !options.Rules.Any());

    private static bool Immutable(IValidationResult result)
    {
        if (result.ArgumentValues is { } fields)
        {
            foreach (var arguments in fields.Values)
            {
                foreach (var argument in arguments.Values)
                {
                    if (!IsScalar(argument.Value))
                        return false;
                }
            }
        }

        if (result.DirectiveValues is { } directives)
        {
            foreach (var perNode in directives.Values)
            {
                foreach (var directive in perNode.Values)
                {
                    if (directive.Arguments.Values.Any(argument => !IsScalar(argument.Value)))
                        return false;
                }
            }
        }

        return result.Variables is null || result.Variables.All(variable => IsScalar(variable.Value));
    }

    private static bool IsScalar(object? value) =>
        value is null or string or bool or int or long or double or decimal or Enum or DateTime or DateTimeOffset or Guid;

    /// <summary>Variables as read from the request: equal values of the same types, lists in order, objects by member.</summary>
    internal static bool SameInputs(object? a, object? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (IDictionary<string, object?> x, IDictionary<string, object?> y):
                return x.Count == y.Count && x.All(member => y.TryGetValue(member.Key, out var other) && SameInputs(member.Value, other));
            case (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y):
                return x.Count == y.Count && x.All(member => y.TryGetValue(member.Key, out var other) && SameInputs(member.Value, other));
            case (string x, string y):
                return string.Equals(x, y, StringComparison.Ordinal);
            case (IList x, IList y):
                if (x.Count != y.Count)
                    return false;
                for (var i = 0; i < x.Count; i++)
                {
                    if (!SameInputs(x[i], y[i]))
                        return false;
                }

                return true;
            case (not null, not null):
                return a.GetType() == b.GetType() && a.Equals(b);
            default:
                return false;
        }
    }

    private sealed record Entry(ISchema Schema, Inputs Variables, Task<IValidationResult> Result);
}
