using GraphQL.Validation;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.Tenancy;
using Platform.Identity;

namespace Platform.Api.GraphQL.Common.Authorization;

/// <summary>
/// Every operation that reads data needs an authenticated principal with a unit
/// (<c>AUTH_NOT_AUTHENTICATED</c>); queries need the <c>platform.read</c> scope (<c>AUTH_NOT_AUTHORIZED</c>),
/// mutations check their own scopes and report them in their payloads.
/// Introspection alone is open, so that tools can load the schema. Runs for cached documents too.
/// </summary>
public sealed class AuthenticationRule : ValidationRuleBase
{
    private static readonly HashSet<string> IntrospectionFields = ["__schema", "__type", "__typename"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (OnlyIntrospection(context.Document, context.Operation.SelectionSet))
        {
            return default;
        }

        var principal = context.RequestServices?.GetService<CurrentPrincipal>();
        if (principal is null || !principal.IsAuthenticated)
        {
            context.ReportError(new AuthError(
                PlatformErrors.AuthNotAuthenticated,
                "Authentication required: send a valid access token as 'Authorization: Bearer <token>'."));
        }
        else if (context.Operation.Operation != OperationType.Mutation && !principal.HasScope(PlatformScopes.Read))
        {
            context.ReportError(new AuthError(
                PlatformErrors.AuthNotAuthorized,
                $"The access token lacks the '{PlatformScopes.Read}' scope."));
        }

        return default;
    }

    private static bool OnlyIntrospection(GraphQLDocument document, GraphQLSelectionSet selectionSet) =>
        selectionSet.Selections.All(selection => selection switch
        {
            GraphQLField field => IntrospectionFields.Contains(field.Name.StringValue),
            GraphQLInlineFragment inline => OnlyIntrospection(document, inline.SelectionSet),
            GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment
                && OnlyIntrospection(document, fragment.SelectionSet),
            _ => false,
        });

    private sealed class AuthError : ValidationError
    {
        public AuthError(string code, string message)
            : base(message)
        {
            Code = code;
        }
    }
}
