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
    private SelectionLayout(LayoutField[] fields)
    {
        Fields = fields;
        LeafCount = fields.Count(f => f.Read is not null);
        NodeCount = fields.Length - LeafCount;
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
            var type = definition.ResolvedType!;
            var nonNull = type is NonNullGraphType;
            var name = field.Alias?.Name.StringValue ?? definition.Name;
            laidOut.Add((nonNull ? ((NonNullGraphType)type).ResolvedType : type) is ScalarGraphType scalar && definition.Resolver is ISourceValue read
                ? new LayoutField(field, definition, name, read, scalar, nonNull, leaves++)
                : new LayoutField(field, definition, name, null, null, nonNull, nodes++));
        }

        return new SelectionLayout([.. laidOut]);
    }
}

/// <summary>A field of a <see cref="SelectionLayout"/>: a leaf when <see cref="Read"/> is set.</summary>
internal sealed record LayoutField(
    GraphQLField Field, FieldType Definition, string Name, ISourceValue? Read, ScalarGraphType? Scalar, bool NonNull, int Slot);
