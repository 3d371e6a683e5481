using Platform.Data.Tenancy;

namespace Platform.Identity.Administration;

/// <summary>The principal acting on the administration rules: who, for which unit, with which roles and scopes.</summary>
public sealed record AdminActor(string Subject, string Name, int UnitId, string UnitPath, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes)
{
    public TenantScope Scope => TenantScope.For(UnitPath);

    /// <summary>
    /// Administration needs the <c>admin</c> role and <c>platform.write</c>; a client token has no
    /// roles and so never administers.
    /// </summary>
    public void RequireAdmin()
    {
        if (!Roles.Contains(PlatformRoles.Admin) || !Scopes.Contains(PlatformScopes.Write))
        {
            throw AdministrationException.NotAuthorized("Only an admin holding 'platform.write' may do this.");
        }
    }

    /// <summary>NOT_FOUND unless <paramref name="path"/> lies in the actor's subtree (DESIGN §4 rule 6: never "forbidden").</summary>
    public void RequireInSubtree(string? path, string what)
    {
        if (!Scope.Contains(path))
        {
            throw AdministrationException.NotFound(what);
        }
    }
}
