using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Meetings;

/// <summary>What a new meeting must satisfy: the whole input, then its references, every problem reported at once; nothing is changed.</summary>
public static class MeetingRules
{
    public static async Task<Meeting> ValidateAsync(Change change, CreateMeetingInput input)
    {
        var check = new InputValidator();
        check.Text("title", input.Title, MeetingLimits.Title);
        check.Text("place", input.Place, MeetingLimits.Place);
        check.OptionalText("minutes", input.Minutes, MeetingLimits.Minutes);
        if (input.AgendaItems.Count is 0 or > MeetingLimits.AgendaItems)
        {
            check.Add("agendaItems", $"A meeting has between 1 and {MeetingLimits.AgendaItems} agenda items.");
        }

        if (input.AttendingUnitIds.Count > MeetingLimits.AttendingUnits)
        {
            check.Add("attendingUnitIds", $"At most {MeetingLimits.AttendingUnits} units can attend one meeting.");
        }

        var unit = await Units.InScopeAsync(change, input.UnitId, check,
            "A meeting can be held only by the caller's unit or one of its descendants.");
        var attendees = await AttendeesAsync(change, input.AttendingUnitIds, check);
        await CheckAgendaAsync(change, input.AgendaItems, check);
        check.ThrowIfInvalid();

        var meeting = input.MapTo<Meeting>();
        meeting.OwnerUnitId = unit!.Id;
        meeting.OwnerPath = unit.Path;
        meeting.Attendees = attendees;
        for (var i = 0; i < meeting.AgendaItems.Count; i++)
        {
            meeting.AgendaItems[i].Position = i + 1;
            meeting.AgendaItems[i].OwnerPath = unit.Path;
        }

        return meeting;
    }

    /// <summary>Attending units come from the directory (rule 3): any unit may be invited, once.</summary>
    private static async Task<List<MeetingAttendee>> AttendeesAsync(Change change, IReadOnlyList<int> unitIds, InputValidator check)
    {
        var distinct = unitIds.Distinct().ToList();
        if (distinct.Count != unitIds.Count)
        {
            check.Add("attendingUnitIds", "A unit is named more than once.");
        }

        var units = await change.Db.Units.AsNoTracking().Where(u => distinct.Contains(u.Id)).ToDictionaryAsync(u => u.Id, change.CancellationToken);
        var attendees = new List<MeetingAttendee>();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (units.TryGetValue(distinct[i], out var unit))
            {
                attendees.Add(new MeetingAttendee { UnitId = unit.Id, UnitPath = unit.Path });
            }
            else
            {
                check.Add($"attendingUnitIds[{i}]", "No such unit.");
            }
        }

        return attendees;
    }

    /// <summary>Each item's case or suggestion must be visible to the caller; a grade is for a case.</summary>
    private static async Task CheckAgendaAsync(Change change, IReadOnlyList<AgendaItemInput> items, InputValidator check)
    {
        var caseIds = items.Select(i => i.CaseId).OfType<int>().ToList();
        var suggestionIds = items.Select(i => i.SuggestionId).OfType<int>().ToList();
        var cases = await change.Db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(change.CancellationToken);
        var suggestions = await change.Db.Suggestions.AsNoTracking().Where(s => suggestionIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(change.CancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            check.Text($"agendaItems[{i}].title", item.Title, MeetingLimits.Title);
            if (item.CaseId is { } caseId && !cases.Contains(caseId))
            {
                check.Add($"agendaItems[{i}].caseId", "No such case is visible to the caller.");
            }

            if (item.SuggestionId is { } suggestionId && !suggestions.Contains(suggestionId))
            {
                check.Add($"agendaItems[{i}].suggestionId", "No such suggestion is visible to the caller.");
            }

            if (item.Grade is not null && item.CaseId is null)
            {
                check.Add($"agendaItems[{i}].grade", "Only an item about a case is graded.");
            }
        }
    }
}
