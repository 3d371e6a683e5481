using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Workflow.Mediation;

/// <summary>Who may schedule and change mediation sessions, beyond seeing them.</summary>
public static class MediationAccess
{
    private static readonly IReadOnlyList<string> WritingRoles =
        [PlatformRoles.Officer, PlatformRoles.Leader, PlatformRoles.Proxy, PlatformRoles.Mediator, PlatformRoles.Admin];

    /// <summary>
    /// Staff who arrange mediation: <c>platform.write</c> and, for a person, a working role
    /// (a staff <c>mediator</c> too; a <c>viewer</c> only reads, an <c>elder</c> only records outcomes).
    /// </summary>
    public static void RequireWriter(Actor actor) => WriteAccess.Require(actor, WritingRoles, "arranging mediation");

    /// <summary>A writer of the session's unit, of an ancestor of it, or of the workroom's unit (or an ancestor) changes it.</summary>
    public static void RequireSessionWriter(Actor actor, MediationSession session)
    {
        RequireWriter(actor);
        if (!InCharge(actor, session))
        {
            throw new NotAuthorizedException("Only the session's unit, its workroom's unit or one of their ancestors may do this.");
        }
    }

    /// <summary>
    /// Staff in charge of the session record its outcome, and so does an active elder member of
    /// the session's workroom whose account is the actor, wherever the session's unit is.
    /// </summary>
    public static async Task RequireRecorderAsync(Change change, MediationSession session)
    {
        var actor = change.Actor;
        WriteAccess.RequireWriteScope(actor);
        if (WriteAccess.HasRole(actor, WritingRoles) && InCharge(actor, session))
        {
            return;
        }

        if (actor.HasRole(PlatformRoles.Elder) && session.WorkroomId is { } workroomId && actor.Subject.Length > 0
            && await change.Db.Elders.AnyAsync(e => e.WorkroomId == workroomId && e.UserId == actor.Subject && e.Active, change.CancellationToken))
        {
            return;
        }

        throw new NotAuthorizedException(
            "Only the session's unit, its workroom's unit, one of their ancestors or an elder of its workroom may record the outcome.");
    }

    /// <summary>Rescheduling, cancelling and recording are for sessions still scheduled.</summary>
    public static void RequireScheduled(MediationSession session, string action)
    {
        if (session.Status != MediationStatus.Scheduled)
        {
            throw new InvalidTransitionException(action, EnumNames.Constant(session.Status));
        }
    }

    private static bool InCharge(Actor actor, MediationSession session) =>
        actor.Scope.Contains(session.OwnerPath)
        || (session.WorkroomPath is { } workroomPath && actor.Scope.Contains(workroomPath));
}
