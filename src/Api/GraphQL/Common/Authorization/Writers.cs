using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.Tenancy;
using Platform.Identity;

namespace Platform.Api.GraphQL.Common.Authorization;

/// <summary>
/// The first check of every write: the token holds <c>platform.write</c> and, for a person, one
/// of the roles that do this kind of work (a <c>viewer</c> only reads). Client tokens carry no
/// roles; their unit binding and scopes limit them.
/// </summary>
public static class Writers
{
    /// <summary>The roles that work cases and workrooms.</summary>
    public static readonly IReadOnlyList<string> CaseWorkers = [PlatformRoles.Officer, PlatformRoles.Leader, PlatformRoles.Proxy, PlatformRoles.Admin];

    public static bool CanWrite(CurrentPrincipal principal, IReadOnlyList<string> roles) =>
        principal.HasScope(PlatformScopes.Write) && HasRole(principal, roles);

    /// <summary>True for a client token (no roles) or a person holding one of <paramref name="roles"/>.</summary>
    public static bool HasRole(CurrentPrincipal principal, IReadOnlyList<string> roles) =>
        principal.Roles.Count == 0 || principal.Roles.Any(roles.Contains);

    /// <summary>AUTH_NOT_AUTHORIZED unless <see cref="CanWrite"/>; <paramref name="what"/> names the work, e.g. "changing cases".</summary>
    public static void Require(CurrentPrincipal principal, IReadOnlyList<string> roles, string what)
    {
        RequireWriteScope(principal);
        if (!HasRole(principal, roles))
        {
            throw new NotAuthorizedException($"The caller's roles do not allow {what}.");
        }
    }

    public static void RequireWriteScope(CurrentPrincipal principal)
    {
        if (!principal.HasScope(PlatformScopes.Write))
        {
            throw new NotAuthorizedException($"The access token lacks the '{PlatformScopes.Write}' scope.");
        }
    }
}
