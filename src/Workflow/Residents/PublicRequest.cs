using Platform.Data.Entities;

namespace Platform.Workflow.Residents;

/// <summary>
/// What a civic app may list of a residents' petition: its number, category, state, the handling
/// unit's name and the dates — never its text, notes or petitioners. The public answer only goes
/// back to the client that submitted the case, as <see cref="PetitionStatus"/> goes to the receipt's holder.
/// </summary>
public sealed record PublicRequest(
    string CaseNumber,
    CaseCategory Category,
    CaseStatus Status,
    string HandlingUnitName,
    string? Answer,
    DateTime RegisteredAt,
    DateTime UpdatedAt,
    DateTime? DueAt);
