namespace Platform.Identity.Administration;

/// <summary>A registered client as admins see it; never its secret.</summary>
public sealed record ClientSummary(
    string ClientId, string DisplayName, bool Confidential, string? UnitPath,
    IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, IReadOnlyList<string> AllowedOrigins,
    IReadOnlyList<string> Scopes, bool Disabled);

