using Platform.Data.Entities;

namespace Platform.Identity.Administration;

/// <summary>The input of <see cref="UnitAdministration.CreateAsync"/>.</summary>
public sealed record CreateUnitCommand(int? ParentId, string? Code, string? Name, UnitKind Kind);
