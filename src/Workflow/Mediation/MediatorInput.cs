using Platform.Data.Entities;

namespace Platform.Workflow.Mediation;

/// <summary>A staff mediator by name, or an elder of the session's workroom by key.</summary>
public sealed record MediatorInput
{
    public MediatorKind Kind { get; init; }
    public string? Name { get; init; }
    public int? ElderId { get; init; }
    public string? Organization { get; init; }
}
