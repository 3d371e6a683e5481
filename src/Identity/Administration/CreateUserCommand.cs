namespace Platform.Identity.Administration;

/// <summary>The input of <see cref="UserAdministration.CreateAsync"/>.</summary>
public sealed record CreateUserCommand(int UnitId, string? UserName, string? DisplayName, IReadOnlyList<string>? Roles);
