using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Meetings;

namespace Platform.Api.GraphQL.Meetings;

public sealed class RecordMeetingMinutesInputType : MutationInputType<RecordMinutesInput>
{
    public RecordMeetingMinutesInputType()
    {
        Name = "RecordMeetingMinutesInput";
        this.Reference("meetingId", MeetingType.TypeName, "The meeting.", "The meeting's version as the client read it.");
        Field(m => m.Minutes).Description("The minutes, replacing any recorded before; at most 20,000 characters.");
    }
}
