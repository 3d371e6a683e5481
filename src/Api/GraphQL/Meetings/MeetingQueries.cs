using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Workflow.Meetings;

namespace Platform.Api.GraphQL.Meetings;

public static class MeetingQueries
{
    public static void AddMeetingFields(this ObjectGraphType query)
    {
        query.ConnectionField<MeetingType>("meetings")
            .Description("Meetings held in the caller's subtree or attended by a unit of it; latest first.")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.Meetings, q => q.OrderByDescending(m => m.HeldAt)));

        query.ConnectionField<MeetingDecisionType>("meetingDecisions")
            .Description("The decisions of the meetings the caller sees (处置清单), earliest deadline first; open: true keeps those whose case is not yet resolved (the decision queue).")
            .Argument<BooleanGraphType>("open")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var open = c.GetArgument<bool?>("open");
                return await Connections.ResolveAsync(c, db => open is { } wanted
                    ? db.MeetingDecisions.Where(d => db.Cases.Where(DecisionState.CaseIsOpen).Any(x => x.Id == d.CaseId) == wanted)
                    : db.MeetingDecisions,
                    q => q.OrderBy(d => d.DueAt));
            });
    }
}
