using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Authorization;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.Tenancy;
using Platform.Data.Entities;
using Platform.Identity;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>Who may schedule and change mediation sessions, beyond seeing them.</summary>
public static class MediationAccess
{
    private static readonly IReadOnlyList<string> WritingRoles =
        [PlatformRoles.Officer, PlatformRoles.Leader, PlatformRoles.Proxy, PlatformRoles.Mediator, PlatformRoles.Admin];

    /// <summary>
    /// Staff who arrange mediation: <c>platform.write</c> and, for a person, a working role
    /// (a staff <c>mediator</c> too; a <c>viewer</c> only reads, an <c>elder</c> only records outcomes).
    /// </summary>
    public static void RequireWriter(CurrentPrincipal principal)
    {
        Writers.Require(principal, WritingRoles, "arranging mediation");
    }

    /// <summary>A writer of the session's unit, of an ancestor of it, or of the workroom's unit (or an ancestor) changes it.</summary>
    public static void RequireSessionWriter(CurrentPrincipal principal, MediationSession session)
    {
        RequireWriter(principal);
        if (!InCharge(principal, session))
        {
            throw new NotAuthorizedException("Only the session's unit, its workroom's unit or one of their ancestors may do this.");
        }
    }

    /// <summary>
    /// Staff in charge of the session record its outcome, and so does an active elder member of
    /// the session's workroom whose account is the caller, wherever the session's unit is.
    /// </summary>
    public static async Task RequireRecorderAsync(MutationContext m, MediationSession session)
    {
        var principal = m.Principal;
        Writers.RequireWriteScope(principal);
        if (Writers.HasRole(principal, WritingRoles) && InCharge(principal, session))
        {
            return;
        }

        if (principal.Roles.Contains(PlatformRoles.Elder) && session.WorkroomId is { } workroomId && principal.Subject is { } subject
            && await m.Db.Elders.AnyAsync(e => e.WorkroomId == workroomId && e.UserId == subject && e.Active, m.CancellationToken))
        {
            return;
        }

        throw new NotAuthorizedException(
            "Only the session's unit, its workroom's unit, one of their ancestors or an elder of its workroom may record the outcome.");
    }

    private static bool InCharge(CurrentPrincipal principal, MediationSession session) =>
        principal.Scope.Contains(session.OwnerPath)
        || (session.WorkroomPath is { } workroomPath && principal.Scope.Contains(workroomPath));
}
