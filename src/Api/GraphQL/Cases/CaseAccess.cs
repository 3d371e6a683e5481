using Platform.Api.GraphQL.Common.Authorization;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.Tenancy;
using Platform.Data.Entities;
using Platform.Identity;

namespace Platform.Api.GraphQL.Cases;

/// <summary>DESIGN §4 rule 5 and the roles: who may change a case, beyond seeing it.</summary>
public static class CaseAccess
{
    /// <summary>
    /// The caller may write cases at all: it holds <c>platform.write</c> and, for a person, a
    /// role that works cases (a <c>viewer</c> only reads). Client tokens carry no roles.
    /// </summary>
    public static void RequireWriter(CurrentPrincipal principal)
    {
        Writers.Require(principal, Writers.CaseWorkers, "changing cases");
    }

    /// <summary>Leader ownership, supervision orders and deadline extensions are leaders' acts.</summary>
    public static void RequireLeader(CurrentPrincipal principal)
    {
        RequireWriter(principal);
        if (!principal.Roles.Contains(PlatformRoles.Leader) && !principal.Roles.Contains(PlatformRoles.Admin))
        {
            throw new NotAuthorizedException("Only a leader may do this.");
        }
    }

    /// <summary>The handling unit or an ancestor of it acts on the case.</summary>
    public static void RequireHandler(CurrentPrincipal principal, Case @case)
    {
        if (!principal.Scope.Contains(@case.HandlingPath))
        {
            throw new NotAuthorizedException("Only the handling unit or one of its ancestors may do this.");
        }
    }

    /// <summary>The handling unit, the owner unit (首接负责) or an ancestor of either may follow a case up.</summary>
    public static void RequireHandlerOrOwner(CurrentPrincipal principal, Case @case)
    {
        if (!principal.Scope.Contains(@case.HandlingPath) && !principal.Scope.Contains(@case.OwnerPath))
        {
            throw new NotAuthorizedException("Only the handling or owner unit or one of their ancestors may do this.");
        }
    }
}
