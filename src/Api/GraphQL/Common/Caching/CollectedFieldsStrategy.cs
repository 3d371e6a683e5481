using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// kept; any other is collected per object, as before.
/// </summary>
public sealed class CollectedFieldsStrategy : ParallelExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, (GraphQLField Field, FieldType Definition)[]>> _collected = new();

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent.SelectionSet is not { } selectionSet || PlainSelections.Of(context.Document, selectionSet) is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var perType = _collected.GetOrCreateValue(selectionSet);
        if (!perType.TryGetValue(parentType, out var fields))
        {
            fields = [.. CollectFieldsFrom(context, parentType, selectionSet, null).Values];
            perType.TryAdd(parentType, fields);
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = subFields;
    }
}
