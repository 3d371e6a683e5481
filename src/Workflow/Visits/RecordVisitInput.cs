using Platform.Data.Entities;

namespace Platform.Workflow.Visits;

/// <summary>A visit made. <see cref="UnitId"/> (the area visited) null means the actor's own unit.</summary>
public sealed record RecordVisitInput
{
    public VisitKind Kind { get; init; }
    public int? UnitId { get; init; }
    public string Team { get; init; } = "";
    public DateTime VisitedOn { get; init; }
    public int Households { get; init; }
    public IReadOnlyList<QuestionInput> Questions { get; init; } = [];
    public IReadOnlyList<string> Issues { get; init; } = [];
}
