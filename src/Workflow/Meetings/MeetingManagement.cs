using Platform.Workflow.Common;

namespace Platform.Workflow.Meetings;

/// <summary>Holding meetings (三会): create one with its attending units and agenda, record its minutes.</summary>
public sealed class MeetingManagement(ChangeRunner runner)
{
    public const string TheMeeting = "The meeting";

    /// <summary>A meeting of the actor's unit or a descendant, with attending units and at least one agenda item.</summary>
    public Task<int> CreateAsync(Actor actor, CreateMeetingInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            MeetingAccess.RequireWriter(actor);
            var meeting = await MeetingRules.ValidateAsync(change, input);
            change.Db.Meetings.Add(meeting);
            await change.SaveAsync();
            return meeting.Id;
        }, cancellationToken);

    /// <summary>Records the minutes, by the meeting's unit or an ancestor.</summary>
    public Task<int> RecordMinutesAsync(Actor actor, RecordMinutesInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            MeetingAccess.RequireWriter(actor);
            var minutes = InputValidator.Single("minutes", input.Minutes, MeetingLimits.Minutes, required: true);
            var meeting = await Versioned.LoadAsync<Data.Entities.Meeting>(change, input.MeetingId, input.Version, TheMeeting);
            MeetingAccess.RequireOrganiser(actor, meeting);
            meeting.Minutes = minutes;
            return await Versioned.SaveAsync(change, meeting);
        }, cancellationToken);
}
