using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Meetings;

namespace Platform.Api.GraphQL.Meetings;

/// <summary>Meetings: create and minutes (<see cref="MeetingManagement"/>), decisions on cases (<see cref="MeetingDecisions"/>).</summary>
public static class MeetingMutations
{
    public static void AddMeetingMutations(this ObjectGraphType mutation)
    {
        mutation.Workflow<MeetingManagement, Meeting, MeetingType>("meeting")
            .Add("createMeeting", new CreateMeetingInputType(),
                "Creates a meeting of the caller's unit or a descendant with its attending units and agenda; every attending unit sees it.",
                w => w.CreateAsync)
            .Add("recordMeetingMinutes", new RecordMeetingMinutesInputType(),
                "Records a meeting's minutes, by the meeting's unit or an ancestor.",
                w => w.RecordMinutesAsync);
        mutation.Workflow<MeetingDecisions, Meeting, MeetingType>("meeting")
            .Add("decideOnCase", new DecideOnCaseInputType(),
                "Decides on a case of the meeting's agenda: shares it (assignCase, referCase or requestAssistance, with their rules) and lists the decision with its deadline until the case is resolved.",
                w => w.DecideAsync);
    }
}
