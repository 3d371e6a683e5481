using GraphQL;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Errors;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// Counts what a document writes down (fields, aliases, directives), each node once: a fragment
/// spread twice is counted once here, its expansion is what the cost analysis measures. One pass
/// over the syntax tree, before validation: the validator's field-merging check grows with the
/// square of the fields at one level, so 30,000 copies of one field must not reach it.
/// </summary>
internal static class DocumentShape
{
    /// <summary>The first cap the document exceeds, or null.</summary>
    public static ExecutionError? Check(GraphQLDocument document, QueryLimitsOptions limits)
    {
        var counts = new Counts();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLExecutableDefinition executable)
            {
                counts.Directives += executable.Directives?.Count ?? 0;
                if (executable is GraphQLOperationDefinition { Variables: { } variables })
                {
                    foreach (var variable in variables)
                        counts.Directives += variable.Directives?.Count ?? 0;
                }

                Count(executable.SelectionSet, ref counts);
            }
        }

        if (counts.Fields > limits.MaxFields)
            return Refuse(PlatformErrors.MaxFields, $"The document selects {counts.Fields} fields; the maximum is {limits.MaxFields}.");
        if (counts.Aliases > limits.MaxAliases)
            return Refuse(PlatformErrors.MaxAliases, $"The document has {counts.Aliases} aliases; the maximum is {limits.MaxAliases}.");
        if (counts.Directives > limits.MaxDirectives)
            return Refuse(PlatformErrors.MaxDirectives, $"The document has {counts.Directives} directives; the maximum is {limits.MaxDirectives}.");

        return null;
    }

    // The parser's depth limit bounds this recursion.
    private static void Count(GraphQLSelectionSet? selectionSet, ref Counts counts)
    {
        if (selectionSet is null)
            return;

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    counts.Fields++;
                    counts.Aliases += field.Alias is null ? 0 : 1;
                    counts.Directives += field.Directives?.Count ?? 0;
                    Count(field.SelectionSet, ref counts);
                    break;
                case GraphQLInlineFragment inline:
                    counts.Directives += inline.Directives?.Count ?? 0;
                    Count(inline.SelectionSet, ref counts);
                    break;
                case GraphQLFragmentSpread spread:
                    counts.Directives += spread.Directives?.Count ?? 0;
                    break;
            }
        }
    }

    private static QueryLimitError Refuse(string code, string message) => new(code, message);

    private struct Counts
    {
        public int Fields;
        public int Aliases;
        public int Directives;
    }
}
