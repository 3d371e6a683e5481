using Platform.Identity;

namespace Platform.Workflow.Common;

/// <summary>
/// The first check of every write: the token holds <c>platform.write</c> and, for a person, one
/// of the roles that do this kind of work (a <c>viewer</c> only reads). Client tokens carry no
/// roles; their unit binding and scopes limit them.
/// </summary>
public static class WriteAccess
{
    /// <summary>The roles that work cases and workrooms.</summary>
    public static readonly IReadOnlyList<string> CaseWorkers = [PlatformRoles.Officer, PlatformRoles.Leader, PlatformRoles.Proxy, PlatformRoles.Admin];

    public static bool CanWrite(Actor actor, IReadOnlyList<string> roles) =>
        actor.HasScope(PlatformScopes.Write) && HasRole(actor, roles);

    /// <summary>True for a client token (no roles) or a person holding one of <paramref name="roles"/>.</summary>
    public static bool HasRole(Actor actor, IReadOnlyList<string> roles) =>
        actor.Roles.Count == 0 || actor.Roles.Any(roles.Contains);

    /// <summary>AUTH_NOT_AUTHORIZED unless <see cref="CanWrite"/>; <paramref name="what"/> names the work, e.g. "changing cases".</summary>
    public static void Require(Actor actor, IReadOnlyList<string> roles, string what)
    {
        RequireWriteScope(actor);
        if (!HasRole(actor, roles))
        {
            throw new NotAuthorizedException($"The caller's roles do not allow {what}.");
        }
    }

    public static void RequireWriteScope(Actor actor)
    {
        if (!actor.HasScope(PlatformScopes.Write))
        {
            throw new NotAuthorizedException($"The access token lacks the '{PlatformScopes.Write}' scope.");
        }
    }
}
