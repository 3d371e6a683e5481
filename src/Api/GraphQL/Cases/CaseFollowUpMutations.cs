using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Following a case up: notes, reminders (提醒帮办) and replies to supervision orders.</summary>
public static class CaseFollowUpMutations
{
    public const int MaxNote = 4_000;

    public static void AddCaseFollowUpMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CaseNoteInput, Case, CaseType>(
            "addCaseNote", new CaseNoteInputType("AddCaseNoteInput", "The note; at most 4,000 characters.", required: true), "case",
            "Adds a note to the timeline, in any state. Allowed to the handling or owner unit or an ancestor of either, "
            + "and to a unit holding an active ASSIST share of the case (or an ancestor of it).",
            AddNoteAsync);

        mutation.Mutation<CaseNoteInput, Case, CaseType>(
            "remindCase", new CaseNoteInputType("RemindCaseInput", "An optional message to the handling unit.", required: false), "case",
            "Records a reminder (提醒帮办) to the handling unit before the case is resolved; by the handling or owner unit or an ancestor.",
            RemindAsync);

        mutation.Mutation<ReplyToSupervisionInput, Case, CaseType>(
            "replyToSupervision", new ReplyToSupervisionInputType(), "case",
            "The handling unit (or an ancestor) replies to a supervision order; each order is replied to once.",
            ReplyAsync);
    }

    private static async Task<int> AddNoteAsync(CaseNoteInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var note = CaseIntakeMutations.Reason(input.Note, required: true, "note", MaxNote);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        if (!await MayAddNotesAsync(m, @case))
        {
            throw new NotAuthorizedException("Only the handling or owner unit, a unit assisting with the case, or one of their ancestors may add notes.");
        }

        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.NoteAdded, note);
    }

    private static async Task<int> RemindAsync(CaseNoteInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var note = CaseIntakeMutations.Reason(input.Note, required: false, "note", MaxNote);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandlerOrOwner(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "remind the handling unit", CaseStatus.Registered, CaseStatus.Accepted, CaseStatus.InProgress);
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.Reminded, note);
    }

    private static async Task<int> ReplyAsync(ReplyToSupervisionInput input, MutationContext m)
    {
        CaseAccess.RequireWriter(m.Principal);
        var reply = CaseIntakeMutations.Reason(input.Reply, required: true, "reply", MaxNote)!;
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        var supervisionId = GlobalId.DecodeKey(input.SupervisionId, CaseSupervisionType.TypeName);
        var supervision = supervisionId is null
            ? null
            : await m.Db.CaseSupervisions.SingleOrDefaultAsync(s => s.Id == supervisionId && s.CaseId == @case.Id, m.CancellationToken);
        if (supervision is null)
        {
            throw new NotFoundException("The supervision");
        }

        if (supervision.RepliedAt is not null)
        {
            throw new InvalidTransitionException("reply to the supervision again", "REPLIED");
        }

        supervision.Reply = reply;
        supervision.RepliedAt = m.Now;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.SupervisionReplied, reply,
            new { supervisionId = GlobalId.Encode(CaseSupervisionType.TypeName, supervision.Id) });
    }

    /// <summary>
    /// DESIGN §4 rule 5: the handling or owner unit or an ancestor of either; or a unit holding an
    /// active ASSIST share, or an ancestor of that unit, as ancestors act for their subtree
    /// everywhere else. (A descendant of the assisting unit cannot see the case at all.)
    /// </summary>
    private static async Task<bool> MayAddNotesAsync(MutationContext m, Case @case)
    {
        var scope = m.Principal.Scope;
        if (scope.Contains(@case.HandlingPath) || scope.Contains(@case.OwnerPath))
        {
            return true;
        }

        var assisting = await m.Db.CaseShares.AsNoTracking()
            .Where(s => s.CaseId == @case.Id && s.Kind == ShareKind.Assist && s.Status == ShareStatus.Active)
            .Select(s => s.TargetPath)
            .ToListAsync(m.CancellationToken);
        return assisting.Any(scope.Contains);
    }
}
