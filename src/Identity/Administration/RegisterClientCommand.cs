namespace Platform.Identity.Administration;

/// <summary>The input of <see cref="ClientAdministration.RegisterAsync"/>.</summary>
public sealed record RegisterClientCommand(
    string? ClientId, string? DisplayName, bool Confidential, int? UnitId,
    IReadOnlyList<string>? RedirectUris, IReadOnlyList<string>? PostLogoutRedirectUris, IReadOnlyList<string>? AllowedOrigins,
    IReadOnlyList<string>? Scopes);
