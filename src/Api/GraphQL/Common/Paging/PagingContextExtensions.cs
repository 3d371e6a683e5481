using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Caching;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>Declares paging arguments on connection fields and reads the selection of a connection.</summary>
public static class PagingContextExtensions
{
    /// <summary>Adds <c>first: Int, after: String, last: Int, before: String</c>.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder)
    {
        builder.FieldType.PagingArguments();
        return builder;
    }

    /// <inheritdoc cref="PagingArguments{TSource, TReturn}(FieldBuilder{TSource, TReturn})"/>
    public static FieldType PagingArguments(this FieldType field)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "first", Description = "Returns the first _n_ elements from the list." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the elements in the list that come after the specified cursor." });
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "last", Description = "Returns the last _n_ elements from the list." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the elements in the list that come before the specified cursor." });
        return field;
    }

    /// <summary>
    /// Whether the selection of the resolving field includes <paramref name="fieldName"/>, under any
    /// alias or fragment; use it for <c>includeTotalCount</c> with <c>"totalCount"</c>.
    /// </summary>
    public static bool SelectsField(this IResolveFieldContext context, string fieldName) =>
        Selects(context, fieldName, null, null) ?? false;

    /// <summary>
    /// Whether the selection reads the page itself (<c>nodes</c>, <c>edges</c> or <c>pageInfo</c>),
    /// and not only <c>totalCount</c>, so that a count alone runs no page query.
    /// </summary>
    public static bool SelectsPage(this IResolveFieldContext context) =>
        Selects(context, "nodes", "edges", "pageInfo") ?? true;

    /// <summary>
    /// Whether the selection reads where the page lies in its sequence (<c>edges</c>, which carry
    /// cursors, or <c>pageInfo</c>): a page taken from the end gives them only once its sequence is
    /// counted, and its <c>nodes</c> alone need no count.
    /// </summary>
    public static bool SelectsPositions(this IResolveFieldContext context) =>
        Selects(context, "edges", "pageInfo", null) ?? true;

    // Whether any of the names is selected, null without a selection. A selection that is the same
    // for every request is read from the document (PlainSelections), as the fields of a connection
    // resolved for each of 20 cases would otherwise be collected 20 times; any other from the
    // fields GraphQL.NET collects for this request.
    private static bool? Selects(IResolveFieldContext context, string name, string? or, string? orElse)
    {
        if (context.FieldAst.SelectionSet is { } selectionSet && PlainSelections.Of(context.Document, selectionSet) is { } fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                if (field.Name == name || (or is not null && field.Name == or) || (orElse is not null && field.Name == orElse))
                    return true;
            }

            return false;
        }

        return Collected(context, name, or, orElse);
    }

    private static bool? Collected(IResolveFieldContext context, string name, string? or, string? orElse) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name == name || f.FieldType.Name == or || f.FieldType.Name == orElse);
}
