using Platform.Data.Entities;

namespace Platform.Workflow.Meetings;

/// <summary>
/// A meeting's decision on a case of its agenda: share it (<see cref="ShareKind"/>) with the unit
/// <see cref="UnitId"/>, to be done by <see cref="DueAt"/>. <see cref="CaseVersion"/> is the case's
/// version as the client read it.
/// </summary>
public sealed record DecideOnCaseInput : MeetingChangeInput
{
    public int CaseId { get; init; }
    public int CaseVersion { get; init; }
    public int UnitId { get; init; }
    public DecisionShareKind ShareKind { get; init; }
    public string Text { get; init; } = "";
    public DateTime DueAt { get; init; }
}
