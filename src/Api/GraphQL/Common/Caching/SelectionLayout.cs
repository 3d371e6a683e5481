using GraphQL.Types;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.GraphQL.Common.Caching;

/// <summary>
/// The fields a plain selection set (<see cref="PlainSelections"/>) selects on one object type, in
/// response order, and which of them are leaves read from the source at once: a scalar or enum
/// whose resolver is an <see cref="ISourceValue"/>. Such a leaf has a slot in its object's values
/// (<see cref="InlineObjectNode"/>); every other field has a slot among its object's child nodes.
/// </summary>
internal sealed class SelectionLayout
{
    private SelectionLayout(LayoutField[] fields, int leafCount)
    {
        Fields = fields;
        LeafCount = leafCount;
        NodeCount = fields.Length - leafCount;
    }

    public LayoutField[] Fields { get; }

    public int LeafCount { get; }

    public int NodeCount { get; }

    public static SelectionLayout Of(IEnumerable<(GraphQLField Field, FieldType Definition)> fields)
    {
        var leaves = 0;
        var nodes = 0;
        var laidOut = new List<LayoutField>();
        foreach (var (field, definition) in fields)
        {
            var nonNull = definition.ResolvedType is NonNullGraphType;
            var name = field.Alias?.Name.StringValue ?? definition.Name;
            laidOut.Add(Nullable(definition.ResolvedType!) is ScalarGraphType scalar && definition.Resolver is ISourceValue read
                ? new LayoutField(field, definition, name, read, scalar, nonNull, leaves++)
                : new LayoutField(field, definition, name, null, null, nonNull, nodes++));
        }

        return new SelectionLayout([.. laidOut], leaves);
    }

    /// <summary>The type a value of <paramref name="type"/> has when it is not null.</summary>
    public static IGraphType Nullable(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
}

/// <summary>A field of a <see cref="SelectionLayout"/>: a leaf when <see cref="Read"/> is set.</summary>
internal sealed record LayoutField(
    GraphQLField Field, FieldType Definition, string Name, ISourceValue? Read, ScalarGraphType? Scalar, bool NonNull, int Slot);
