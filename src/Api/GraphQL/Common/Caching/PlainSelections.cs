using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Caching;

/// <summary>
/// The fields a selection set selects at its own level, its fragments followed, when that list is
/// the same for every request that sends the document: no directive on a field or fragment (so no
/// <c>@skip</c> or <c>@include</c> that a variable decides) and no response name twice (so nothing
/// for GraphQL.NET to merge). Parsed documents are cached and shared by requests
/// (<see cref="DocumentCache"/>), so each selection set is looked at once.
/// </summary>
public static class PlainSelections
{
    private static readonly ConditionalWeakTable<GraphQLSelectionSet, Holder> Cache = new();

    /// <summary>The fields, in document order, or null when the selection depends on the request.</summary>
    public static IReadOnlyList<GraphQLField>? Of(GraphQLDocument document, GraphQLSelectionSet selectionSet)
    {
        // Looked up before anything is made: the factory that captures the document is made only on a miss.
        return Cache.TryGetValue(selectionSet, out var known) ? known.Fields : Add(document, selectionSet);
    }

    private static IReadOnlyList<GraphQLField>? Add(GraphQLDocument document, GraphQLSelectionSet selectionSet) =>
        Cache.GetValue(selectionSet, set => new Holder(Collect(document, set))).Fields;

    private static List<GraphQLField>? Collect(GraphQLDocument document, GraphQLSelectionSet selectionSet)
    {
        var fields = new List<GraphQLField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        return Walk(selectionSet) ? fields : null;

        bool Walk(GraphQLSelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField { Directives: null } field:
                        if (!names.Add((field.Alias?.Name ?? field.Name).StringValue))
                            return false;
                        fields.Add(field);
                        break;
                    case GraphQLInlineFragment { Directives: null } inline:
                        if (!Walk(inline.SelectionSet))
                            return false;
                        break;
                    case GraphQLFragmentSpread { Directives: null } spread:
                        var name = spread.FragmentName.Name.StringValue;
                        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                            .FirstOrDefault(definition => definition.FragmentName.Name.StringValue == name);
                        if (fragment is not { Directives: null } || !fragments.Add(name) || !Walk(fragment.SelectionSet))
                            return false;
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }
    }

    private sealed record Holder(IReadOnlyList<GraphQLField>? Fields);
}
