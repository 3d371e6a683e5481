using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>Finds the entity members a selection set needs, following fragments.</summary>
public static class SelectionCollector
{
    /// <summary>Columns read by the fields selected on <paramref name="type"/> in <paramref name="selectionSet"/>.</summary>
    public static ISet<string> Columns(IResolveFieldContext context, IComplexGraphType type, GraphQLSelectionSet? selectionSet)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal) { "Id" };
        foreach (var field in Fields(context, selectionSet))
        {
            if (type.GetField(field.Name.StringValue) is { } fieldType)
            {
                columns.UnionWith(ColumnMetadata.ColumnsOf(fieldType));
            }
        }

        return columns;
    }

    /// <summary>Columns for the current field's own selection (an object or list field).</summary>
    public static ISet<string> Columns(IResolveFieldContext context, IComplexGraphType type) =>
        Columns(context, type, context.FieldAst.SelectionSet);

    /// <summary>Columns for the nodes of a connection: the union of <c>nodes { }</c> and <c>edges { node { } }</c>.</summary>
    public static ISet<string> ConnectionNodeColumns(IResolveFieldContext context, IComplexGraphType nodeType)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal) { "Id" };
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            switch (field.Name.StringValue)
            {
                case "nodes":
                    columns.UnionWith(Columns(context, nodeType, field.SelectionSet));
                    break;
                case "edges":
                    foreach (var edgeField in Fields(context, field.SelectionSet).Where(f => f.Name.StringValue == "node"))
                    {
                        columns.UnionWith(Columns(context, nodeType, edgeField.SelectionSet));
                    }

                    break;
            }
        }

        return columns;
    }

    /// <summary>True when the current field's selection names <paramref name="name"/> directly.</summary>
    public static bool Selects(IResolveFieldContext context, string name) =>
        Fields(context, context.FieldAst.SelectionSet).Any(f => f.Name.StringValue == name);

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet)
    {
        if (selectionSet is null)
        {
            yield break;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(context, inline.SelectionSet))
                    {
                        yield return f;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);
                    foreach (var f in Fields(context, fragment?.SelectionSet))
                    {
                        yield return f;
                    }

                    break;
            }
        }
    }
}
