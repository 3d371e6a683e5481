using Platform.Data.Entities;

namespace Platform.Workflow.Residents;

/// <summary>The petitioner's own answer to "are you satisfied?" (群众是否满意), given once with the receipt.</summary>
public sealed record RateResolutionInput
{
    public string Receipt { get; init; } = "";
    public Satisfaction Satisfaction { get; init; }
    public string? Comment { get; init; }
}
