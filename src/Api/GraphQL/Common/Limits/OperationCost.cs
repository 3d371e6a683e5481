using System.Globalization;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// Estimates the cost and depth of one operation before it is validated. Each fragment is measured
/// once per page size and remembered, so the analysis is linear in the document even when fragments
/// spread each other twice, thirty levels down (whose expansion has 2^30 fields). Works on documents
/// that will fail validation too: an unknown field costs like a known leaf, an unknown type has no fields.
/// </summary>
/// <remarks>
/// A field costs <see cref="QueryLimitsOptions.FieldCost"/>; a paged field (taking <c>first</c>/<c>last</c>)
/// <see cref="QueryLimitsOptions.ConnectionCost"/>. What is selected below a list is multiplied by its
/// rows: <c>first</c>/<c>last</c> of a paged list, the page size of the connection around it for its
/// <c>nodes</c> and <c>edges</c>, else <see cref="QueryLimitsOptions.DefaultListSize"/>.
/// Nested filters and sorts in a field's arguments add <see cref="QueryLimitsOptions.NestedFilterCost"/> each (<see cref="NestedFilterCost"/>).
/// <c>__schema</c> and <c>__type</c> cost <see cref="QueryLimitsOptions.IntrospectionCost"/> flat.
/// </remarks>
internal sealed class OperationCost
{
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly ISchema? _schema;
    private readonly QueryLimitsOptions _limits;
    private readonly GraphQLOperationDefinition _operation;
    private readonly Inputs _variables;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<(string Name, int PageSize), OperationMeasure> _measured = [];
    private readonly HashSet<string> _measuring = [];
    private readonly NestedFilterCost _filters;

    private OperationCost(ISchema? schema, QueryLimitsOptions limits, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        _schema = schema;
        _limits = limits;
        _operation = operation;
        _variables = variables ?? Inputs.Empty;
        _filters = new NestedFilterCost(limits, _variables);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    /// <summary>Measures <paramref name="operation"/>; throws <see cref="InsufficientExecutionStackException"/> for fragment chains too long to follow.</summary>
    public static OperationMeasure Measure(
        ISchema? schema, QueryLimitsOptions limits, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        var analysis = new OperationCost(schema, limits, document, operation, variables);
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema?.Query,
            OperationType.Mutation => schema?.Mutation,
            _ => schema?.Subscription,
        };
        return analysis.MeasureSet(operation.SelectionSet, root, pageSize: 0);
    }

    /// <param name="pageSize">Rows of the connection this selection set belongs to, for its list fields; 0 outside one.</param>
    private OperationMeasure MeasureSet(GraphQLSelectionSet? selectionSet, IGraphType? parent, int pageSize)
    {
        if (selectionSet is null)
            return OperationMeasure.Zero;

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var total = OperationMeasure.Zero;
        foreach (var selection in selectionSet.Selections)
        {
            total = total.Beside(selection switch
            {
                GraphQLField field => MeasureField(field, parent, pageSize),
                GraphQLInlineFragment inline => MeasureSet(
                    inline.SelectionSet, inline.TypeCondition is { } condition ? TypeNamed(condition.Type.Name) : parent, pageSize),
                GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.StringValue, pageSize),
                _ => OperationMeasure.Zero,
            });
        }

        return total;
    }

    private OperationMeasure MeasureFragment(string name, int pageSize)
    {
        if (_measured.TryGetValue((name, pageSize), out var known))
            return known;

        // An unknown fragment or a cycle is a validation error; it adds nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
            return OperationMeasure.Zero;

        var measure = MeasureSet(fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name), pageSize);
        _measuring.Remove(name);
        _measured[(name, pageSize)] = measure;
        return measure;
    }

    private OperationMeasure MeasureField(GraphQLField field, IGraphType? parent, int pageSize)
    {
        var name = field.Name.StringValue;
        var inIntrospection = parent?.Name.StartsWith("__", StringComparison.Ordinal) == true;
        if (name == "__typename")
            return new(_limits.FieldCost, inIntrospection ? 0 : 1, 0, false, false);

        if (inIntrospection)
        {
            var type = (parent as IComplexGraphType)?.GetField(field.Name.Value)?.ResolvedType?.GetNamedType();
            var inner = MeasureSet(field.SelectionSet, type, 0);
            return inner with { Cost = 0, Depth = 0, IntrospectionLists = inner.IntrospectionLists + (IntrospectionLists.Contains(name) ? 1 : 0) };
        }

        if (name is "__schema" or "__type")
        {
            var inner = MeasureSet(field.SelectionSet, TypeNamed(name == "__schema" ? "__Schema" : "__Type"), 0);
            return new(_limits.IntrospectionCost, 1, inner.IntrospectionLists, true, false);
        }

        var definition = (parent as IComplexGraphType)?.GetField(field.Name.Value);
        if (field.SelectionSet is null)
            return new(_limits.FieldCost, 1, 0, false, true);

        var named = definition?.ResolvedType?.GetNamedType();
        var filters = _filters.Measure(field, definition);
        var paged = IsPaged(field, definition);
        var rows = paged ? PageSize(field) : _limits.DefaultListSize;
        OperationMeasure below;
        double cost;
        if (IsList(definition?.ResolvedType))
        {
            below = MeasureSet(field.SelectionSet, named, 0);
            var multiplier = paged ? rows : pageSize > 0 ? pageSize : _limits.DefaultListSize;
            cost = (paged ? _limits.ConnectionCost : _limits.FieldCost) + filters.Cost + multiplier * below.Cost;
        }
        else
        {
            below = MeasureSet(field.SelectionSet, named, paged ? rows : 0);
            cost = (paged ? _limits.ConnectionCost : _limits.FieldCost) + filters.Cost + below.Cost;
        }

        return new(cost, below.Depth + 1, below.IntrospectionLists, below.UsesIntrospection, true, Math.Max(below.FilterDepth, filters.Depth));
    }

    private static bool IsPaged(GraphQLField field, FieldType? definition) => definition is not null
        ? definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null
        : field.Arguments?.Any(a => a.Name == "first" || a.Name == "last") == true;

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    /// <summary>The larger of <c>first</c> and <c>last</c>, from a literal, a variable or its default; else the default page.</summary>
    private int PageSize(GraphQLField field)
    {
        int? rows = null;
        foreach (var argument in field.Arguments ?? Enumerable.Empty<GraphQLArgument>())
        {
            if (argument.Name == "first" || argument.Name == "last")
            {
                if (IntValue(argument.Value) is { } value)
                    rows = Math.Max(rows ?? 0, Math.Max(value, 0));
            }
        }

        return rows ?? _limits.DefaultListSize;
    }

    private int? IntValue(GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLIntValue literal:
                return int.TryParse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : int.MaxValue;
            case GraphQLVariable variable:
                var name = variable.Name.StringValue;
                if (_variables.TryGetValue(name, out var given))
                    return given is null ? null : ToInt(given);
                var declared = _operation.Variables?.FirstOrDefault(v => v.Variable.Name == name);
                return declared?.DefaultValue is { } defaultValue and not GraphQLVariable ? IntValue(defaultValue) : null;
            default:
                return null;
        }
    }

    // Variables arrive as JSON numbers of several CLR types; anything else fails validation later.
    private static int? ToInt(object value) => value switch
    {
        int i => i,
        long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
        double d when !double.IsNaN(d) => (int)Math.Clamp(d, int.MinValue, int.MaxValue),
        decimal m => (int)Math.Clamp(m, int.MinValue, int.MaxValue),
        System.Numerics.BigInteger b => b > int.MaxValue ? int.MaxValue : b < int.MinValue ? int.MinValue : (int)b,
        _ => null,
    };

    private IGraphType? TypeNamed(GraphQLName name) => _schema?.AllTypes[name.Value];

    private IGraphType? TypeNamed(string name) => _schema?.AllTypes[name];
}
