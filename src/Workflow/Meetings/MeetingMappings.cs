using Mapster;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Workflow.Meetings;

/// <summary>A new meeting's input onto the meeting and its agenda; units, cases and suggestions are resolved by the workflow.</summary>
public sealed class MeetingMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<AgendaItemInput, MeetingAgendaItem>()
            .Map(a => a.Title, i => i.Title.Trim());

        config.NewConfig<CreateMeetingInput, Meeting>()
            .Map(m => m.Title, i => i.Title.Trim())
            .Map(m => m.Place, i => i.Place.Trim())
            .Map(m => m.Minutes, i => Common.Text.OrNull(i.Minutes))
            .Map(m => m.HeldAt, i => UtcTime.Normalize(i.HeldAt))
            .Ignore(m => m.Attendees, m => m.Decisions);
    }
}
