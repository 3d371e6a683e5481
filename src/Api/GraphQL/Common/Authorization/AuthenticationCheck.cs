using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Telemetry;
using Platform.Api.Tenancy;
using Platform.Identity;

namespace Platform.Api.GraphQL.Common.Authorization;

/// <summary>
/// Every operation that reads data needs an authenticated principal with a unit
/// (<c>AUTH_NOT_AUTHENTICATED</c>); queries need the <c>platform.read</c> scope (<c>AUTH_NOT_AUTHORIZED</c>),
/// mutations check their own scopes and report them in their payloads. A residents' portal token
/// (<c>petitions.submit</c>) may query <c>petitionStatus</c> and nothing else (<see cref="PortalOperations"/>). <c>__typename</c> alone is
/// open to anyone, <c>__schema</c> and <c>__type</c> as <see cref="IntrospectionOptions"/> say.
/// Runs after the limits have measured the operation and before validation, so that an anonymous
/// caller costs no more than the limits check; cached documents pass here too.
/// </summary>
public sealed class AuthenticationCheck(IOptions<IntrospectionOptions> introspection) : IConfigureExecution
{
    /// <summary>After <see cref="Limits.QueryLimitsGate"/> (250), which measures what the operation reads.</summary>
    public float SortOrder => 260;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        // Without a measured operation (no document, or no operation to select) there is nothing
        // to execute: GraphQL.NET reports why.
        var facts = OperationFacts.Of(options.UserContext);
        if (facts.Measure is not { } measure || options.Document is null)
            return next(options);

        var principal = options.RequestServices?.GetService<CurrentPrincipal>();
        var authenticated = principal?.IsAuthenticated == true;
        var error = Check(measure.TouchesData, measure.UsesIntrospection, authenticated, facts.Kind, principal);
        if (error?.Code == PlatformErrors.AuthNotAuthorized && authenticated && principal!.HasScope(PlatformScopes.PetitionsSubmit)
            && !measure.UsesIntrospection && PortalOperations.IsPortalOnly(options.Document, options.OperationName))
        {
            error = null;
        }

        return error is null ? next(options) : Task.FromResult(new ExecutionResult(error));
    }

    private ExecutionError? Check(bool touchesData, bool usesIntrospection, bool authenticated, string? kind, CurrentPrincipal? principal)
    {
        var access = introspection.Value.Introspection ?? IntrospectionAccess.Authenticated;
        if (usesIntrospection && access == IntrospectionAccess.Nobody)
            return Error(PlatformErrors.AuthNotAuthorized, "Introspection is turned off on this server.");

        var needsPrincipal = touchesData || (usesIntrospection && access == IntrospectionAccess.Authenticated);
        if (needsPrincipal && !authenticated)
        {
            return Error(
                PlatformErrors.AuthNotAuthenticated,
                "Authentication required: send a valid access token as 'Authorization: Bearer <token>'.");
        }

        if (touchesData && kind != "mutation" && principal?.HasScope(PlatformScopes.Read) != true)
            return Error(PlatformErrors.AuthNotAuthorized, $"The access token lacks the '{PlatformScopes.Read}' scope.");

        return null;
    }

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
