using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.Api.Transport;

/// <summary>
/// Rejects a mutation or subscription sent with GET. It is a validation rule so that it sees the
/// operation GraphQL.NET selected, and so that it also runs for cached documents.
/// </summary>
internal sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public static readonly QueryOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new MutationOverGetError());

        return default;
    }
}
