namespace Platform.Workflow.Cases;

public sealed record PetitionerInput
{
    public string Name { get; init; } = "";
    public string? Phone { get; init; }
    public string? IdNumber { get; init; }
    public string? Address { get; init; }
}
