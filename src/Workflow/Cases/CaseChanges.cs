using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>Loading a case for a change and saving it with its event: <see cref="Versioned"/> plus the timeline.</summary>
public static class CaseChanges
{
    public const string TheCase = "The case";

    public static readonly CaseStatus[] Open = [CaseStatus.Registered, CaseStatus.Accepted, CaseStatus.InProgress];

    /// <summary>The case as the actor may see it, tracked, at the version the client read.</summary>
    public static Task<Case> LoadAsync(Change change, CaseChangeInput input) =>
        Versioned.LoadAsync<Case>(change, input.CaseId, input.Version, TheCase);

    /// <summary>Requires the case to be in one of <paramref name="allowed"/>, else INVALID_TRANSITION naming the current state.</summary>
    public static void RequireStatus(Case @case, string action, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(@case.Status))
        {
            throw new InvalidTransitionException(action, EnumNames.Constant(@case.Status));
        }
    }

    /// <summary>Appends the change's event and saves it with the change, one version step further.</summary>
    public static Task<int> SaveAsync(Change change, Case @case, CaseEventKind kind, string? note = null, object? data = null)
    {
        CaseTimeline.Append(change, @case, kind, note, data);
        return Versioned.SaveAsync(change, @case);
    }
}
