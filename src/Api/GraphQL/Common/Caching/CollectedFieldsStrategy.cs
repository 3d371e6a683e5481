using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Platform.Api.GraphQL.Common.Caching;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, which collects an object's fields once per selection
/// set and type instead of once per object: a page of 20 cases collected the same fields of a case,
/// its units, petitioners and events some 250 times a request, looking each field up by name on its
/// type. Only a selection set that <see cref="PlainSelections"/> finds the same for every request is
/// kept; any other is collected per object, as before. In a kept selection set, the leaves read from
/// the source at once are read while the object's fields are built (<see cref="InlineObjectNode"/>).
/// </summary>
public sealed class CollectedFieldsStrategy : ParallelExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, SelectionLayout>> _layouts = new();

    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = SelectionLayout.Nullable(graphType);
        return type is IObjectGraphType or IAbstractGraphType
            ? new InlineObjectNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent.SelectionSet is not { } selectionSet || PlainSelections.Of(context.Document, selectionSet) is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var perType = _layouts.GetOrCreateValue(selectionSet);
        if (!perType.TryGetValue(parentType, out var layout))
        {
            layout = SelectionLayout.Of(CollectFieldsFrom(context, parentType, selectionSet, null).Values);
            perType.TryAdd(parentType, layout);
        }

        if (parent is InlineObjectNode inline && layout.LeafCount > 0 && TryReadLeaves(layout, parent.Result!, out var values))
        {
            var nodes = layout.NodeCount == 0 ? [] : new ExecutionNode[layout.NodeCount];
            foreach (var f in layout.Fields)
            {
                if (f.Read is null)
                {
                    nodes[f.Slot] = BuildExecutionNode(parent, f.Definition.ResolvedType!, f.Field, f.Definition);
                }
            }

            inline.Inline(layout, values, nodes);
            return;
        }

        var subFields = new ExecutionNode[layout.Fields.Length];
        for (var i = 0; i < subFields.Length; i++)
        {
            var f = layout.Fields[i];
            subFields[i] = BuildExecutionNode(parent, f.Definition.ResolvedType!, f.Field, f.Definition);
        }

        parent.SubFields = subFields;
    }

    /// <summary>
    /// GraphQL.NET's items of a list of objects or lists, built and completed in turn, without the
    /// closure its local function makes per list; lists of scalars and lists that are not an
    /// <see cref="IList"/> go to GraphQL.NET.
    /// </summary>
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = ((ListGraphType)parent.GraphType!).ResolvedType!;
        return parent.Result is IList list && SelectionLayout.Nullable(itemType) is not ScalarGraphType
            ? SetItemNodesAsync(context, parent, itemType, list)
            : base.SetArrayItemNodesAsync(context, parent);
    }

    private async Task SetItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent, IGraphType itemType, IList list)
    {
        var items = new List<ExecutionNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var node = BuildExecutionNode(parent, itemType, parent.Field, parent.FieldDefinition, i);
            node.Result = list[i];
            if (node.Result is not IDataLoaderResult)
            {
                await CompleteNodeAsync(context, node).ConfigureAwait(false);
            }

            items.Add(node);
        }

        parent.Items = items;
    }

    /// <summary>
    /// GraphQL.NET's completion of a node that a loader resolved, without the closure and the inner
    /// task it makes for each such node to set the field context accessor, which this schema does not use.
    /// </summary>
    protected override async Task CompleteDataLoaderNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if ((context.Schema as Schema)?.ResolveFieldContextAccessor is not null || node.Result is not IDataLoaderResult pending)
        {
            await base.CompleteDataLoaderNodeAsync(context, node).ConfigureAwait(false);
            return;
        }

        try
        {
            node.Result = await pending.GetResultAsync(context.CancellationToken).ConfigureAwait(false);
            if (node.Result is not IDataLoaderResult)
            {
                await CompleteNodeAsync(context, node).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ExecutionError error)
        {
            SetNodeError(context, node, error);
        }
        catch (Exception ex)
        {
            if (await ProcessNodeUnhandledExceptionAsync(context, node, ex).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// The serialized values of the layout's leaves, as GraphQL.NET would complete their nodes (the
    /// value itself for a single leaf, else an array by slot); false when one of them throws or is
    /// null where it may not be, so that every field of the object is executed as a node and the
    /// error is reported as GraphQL.NET reports it.
    /// </summary>
    private static bool TryReadLeaves(SelectionLayout layout, object source, out object? leaves)
    {
        var values = layout.LeafCount == 1 ? null : new object?[layout.LeafCount];
        leaves = values;
        foreach (var f in layout.Fields)
        {
            if (f.Read is not { } read)
            {
                continue;
            }

            object? value;
            try
            {
                value = f.Scalar!.Serialize(read.ValueOf(source));
            }
            catch (Exception)
            {
                return false;
            }

            if (value is null && f.NonNull)
            {
                return false;
            }

            if (values is null)
            {
                leaves = value;
            }
            else
            {
                values[f.Slot] = value;
            }
        }

        return true;
    }
}
