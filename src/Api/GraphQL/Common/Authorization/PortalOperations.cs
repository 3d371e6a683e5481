using GraphQLParser.AST;
using Platform.Api.GraphQL.Residents;

namespace Platform.Api.GraphQL.Common.Authorization;

/// <summary>
/// The one query a residents' portal token (petitions.submit without platform.read) may run:
/// root fields among <see cref="ResidentQueries.PortalFields"/> and <c>__typename</c>, written out
/// (no fragments at the root), so that the token reads nothing else.
/// </summary>
internal static class PortalOperations
{
    public static bool IsPortalOnly(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation is not null && operation.SelectionSet.Selections.All(s =>
            s is GraphQLField field && (field.Name.StringValue == "__typename" || ResidentQueries.PortalFields.Contains(field.Name.StringValue)));
    }
}
