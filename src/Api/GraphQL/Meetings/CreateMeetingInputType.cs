using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Meetings;

namespace Platform.Api.GraphQL.Meetings;

public sealed class CreateMeetingInputType : MutationInputType<CreateMeetingInput>
{
    public CreateMeetingInputType()
    {
        Name = "CreateMeetingInput";
        Field<NonNullGraphType<MeetingKindEnum>>("kind");
        Field(m => m.Title).Description("At most 200 characters.");
        Field<NonNullGraphType<DateTimeGraphType>>("heldAt").Description("When the meeting is (or was) held.");
        Field(m => m.Place).Description("At most 200 characters.");
        this.OptionalId("unitId", UnitType.TypeName).Description("The unit that holds the meeting: the caller's unit (default) or a descendant.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("attendingUnitIds")
            .Description("The units that attend (any unit of the directory, departments included); each sees the meeting. At most 30.")
            .ParseValue(value => ((IEnumerable<object?>)value).Select(id => GlobalId.DecodeKey(id as string, UnitType.TypeName) ?? 0).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgendaItemInputType>>>>("agendaItems").Description("The topics, 1 to 50, in order.");
        Field(m => m.Minutes, nullable: true).Description("The minutes, if already written; at most 20,000 characters.");
    }
}
