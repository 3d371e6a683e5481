using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Caching;

/// <summary>
/// An object of a query's answer whose plain leaves (<see cref="SelectionLayout"/>) were read from
/// its source when its fields were built, and are kept as values instead of as one execution node
/// each: on a committee page some 400 nodes fewer. Its <see cref="ObjectExecutionNode.SubFields"/>
/// hold the other fields only, so GraphQL.NET executes, completes and nulls those as before; an
/// object whose leaves are not all plain has every field as a node (<see cref="Layout"/> is null).
/// The answer is written from the layout (<see cref="Serialization.ExecutionResultWriter"/>).
/// </summary>
public sealed class InlineObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode)
{
    // The one leaf's value itself when the layout has one leaf (a unit's name, say), else an object?[].
    private object? leaves;

    internal SelectionLayout? Layout { get; private set; }

    internal void Inline(SelectionLayout layout, object? values, ExecutionNode[] nodes)
    {
        Layout = layout;
        leaves = values;
        SubFields = nodes;
    }

    /// <summary>The value of the leaf in <paramref name="slot"/> of the layout.</summary>
    internal object? Leaf(int slot) => Layout!.LeafCount == 1 ? leaves : ((object?[])leaves!)[slot];

    /// <summary>The fields in response order, leaves and nodes alike, as <see cref="ObjectExecutionNode.ToValue"/> gives them.</summary>
    public override object? ToValue()
    {
        if (Layout is not { } layout || SubFields is not { } nodes)
        {
            return base.ToValue();
        }

        var fields = new Dictionary<string, object?>(layout.Fields.Length);
        foreach (var f in layout.Fields)
        {
            fields.Add(f.Name, f.Read is null ? nodes[f.Slot].ToValue() : Leaf(f.Slot));
        }

        return fields;
    }
}
