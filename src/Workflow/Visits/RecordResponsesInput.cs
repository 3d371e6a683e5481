namespace Platform.Workflow.Visits;

/// <summary>Filled-in questionnaires of a visit, added to those recorded before.</summary>
public sealed record RecordResponsesInput : VisitChangeInput
{
    public IReadOnlyList<ResponseInput> Responses { get; init; } = [];
}
