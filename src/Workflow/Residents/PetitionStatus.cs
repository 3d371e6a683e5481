using Platform.Data.Entities;

namespace Platform.Workflow.Residents;

/// <summary>
/// What a petitioner may see of the case: its state, the handling unit's name, the public answer
/// and the dates — never notes, petitioners' data, or other units than the handling one.
/// </summary>
public sealed record PetitionStatus(
    string CaseNumber,
    CaseStatus Status,
    string HandlingUnitName,
    string? Answer,
    DateTime RegisteredAt,
    DateTime? AcceptedAt,
    DateTime? ResolvedAt,
    DateTime? ClosedAt,
    Satisfaction? CitizenSatisfaction,
    DateTime? CitizenRatedAt);
