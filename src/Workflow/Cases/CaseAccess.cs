using Platform.Data.Entities;
using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>DESIGN §4 rule 5 and the roles: who may change a case, beyond seeing it.</summary>
public static class CaseAccess
{
    /// <summary>
    /// The actor may write cases at all: it holds <c>platform.write</c> and, for a person, a
    /// role that works cases (a <c>viewer</c> only reads). Client tokens carry no roles.
    /// </summary>
    public static void RequireWriter(Actor actor) => WriteAccess.Require(actor, WriteAccess.CaseWorkers, "changing cases");

    /// <summary>Leader ownership, supervision orders and deadline extensions are leaders' acts.</summary>
    public static void RequireLeader(Actor actor)
    {
        RequireWriter(actor);
        if (!actor.HasRole(PlatformRoles.Leader) && !actor.HasRole(PlatformRoles.Admin))
        {
            throw new NotAuthorizedException("Only a leader may do this.");
        }
    }

    /// <summary>The handling unit or an ancestor of it acts on the case.</summary>
    public static void RequireHandler(Actor actor, Case @case)
    {
        if (!actor.Scope.Contains(@case.HandlingPath))
        {
            throw new NotAuthorizedException("Only the handling unit or one of its ancestors may do this.");
        }
    }

    /// <summary>The handling unit, the owner unit (首接负责) or an ancestor of either may follow a case up.</summary>
    public static void RequireHandlerOrOwner(Actor actor, Case @case)
    {
        if (!actor.Scope.Contains(@case.HandlingPath) && !actor.Scope.Contains(@case.OwnerPath))
        {
            throw new NotAuthorizedException("Only the handling or owner unit or one of their ancestors may do this.");
        }
    }
}
