using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Mediation;

/// <summary>What a new session must satisfy: the whole input, then its references, every problem reported at once; nothing is changed.</summary>
public static class MediationSessionRules
{
    public static async Task<(MediationSession Session, Case? Case)> ValidateAsync(Change change, ScheduleMediationInput input)
    {
        var check = new InputValidator();
        check.Text("subject", input.Subject, MediationLimits.Subject);
        check.Text("place", input.Place, MediationLimits.Place);
        check.Future("scheduledAt", input.ScheduledAt, change.Now);
        CheckParties(input.Parties, check);

        var unit = await Units.InScopeAsync(change, input.UnitId, check,
            "A session can be owned only by the caller's unit or one of its descendants.");
        var workroom = await MediationReferences.WorkroomAsync(change, input.WorkroomId, check);
        var @case = await MediationReferences.CaseAsync(change, input.CaseId, check);
        if (input.Kind == MediationKind.Elder && input.WorkroomId is null)
        {
            check.Add("workroomId", "An ELDER mediation is held in a workroom.");
        }

        var mediators = await MediationReferences.MediatorsAsync(change, input.Mediators, input.WorkroomId, workroom, check);
        check.ThrowIfInvalid();

        var session = input.MapTo<MediationSession>();
        session.OwnerUnitId = unit!.Id;
        session.OwnerPath = unit.Path;
        session.CaseId = @case?.Id;
        session.WorkroomId = workroom?.Id;
        session.WorkroomPath = workroom?.OwnerPath;
        session.Status = MediationStatus.Scheduled;
        session.Mediators = mediators;
        foreach (var row in session.Parties)
        {
            row.OwnerPath = unit.Path;
        }

        foreach (var row in mediators)
        {
            row.OwnerPath = unit.Path;
        }

        return (session, @case);
    }

    private static void CheckParties(IReadOnlyList<MediationPartyInput> parties, InputValidator check)
    {
        if (parties.Count == 0)
        {
            check.Add("parties", "At least one party is required.");
        }
        else if (parties.Count > MediationLimits.Parties)
        {
            check.Add("parties", $"At most {MediationLimits.Parties} parties can take part in one session.");
        }

        for (var i = 0; i < parties.Count; i++)
        {
            check.Text($"parties[{i}].name", parties[i].Name, MediationLimits.Name);
            check.OptionalText($"parties[{i}].phone", parties[i].Phone, MediationLimits.Phone);
            check.OptionalText($"parties[{i}].side", parties[i].Side, MediationLimits.Side);
        }
    }
}
