using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Following a case up: notes, reminders (提醒帮办) and replies to supervision orders (<see cref="CaseFollowUp"/>).</summary>
public static class CaseFollowUpMutations
{
    public static void AddCaseFollowUpMutations(this ObjectGraphType mutation) =>
        mutation.Workflow<CaseFollowUp, Case, CaseType>("case")
            .Add("addCaseNote", new CaseNoteInputType("AddCaseNoteInput", "The note; at most 4,000 characters.", required: true),
                "Adds a note to the timeline, in any state. Allowed to the handling or owner unit or an ancestor of either, "
                + "and to a unit holding an active ASSIST share of the case (or an ancestor of it).",
                w => w.AddNoteAsync)
            .Add("remindCase", new CaseNoteInputType("RemindCaseInput", "An optional message to the handling unit.", required: false),
                "Records a reminder (提醒帮办) to the handling unit before the case is resolved; by the handling or owner unit or an ancestor.",
                w => w.RemindAsync)
            .Add("replyToSupervision", new ReplyToSupervisionInputType(),
                "The handling unit (or an ancestor) replies to a supervision order; each order is replied to once.",
                w => w.ReplyToSupervisionAsync);
}
