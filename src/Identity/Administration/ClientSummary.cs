namespace Platform.Identity.Administration;

/// <summary>A registered client as admins see it; never its secret.</summary>
public sealed record ClientSummary(
    string ClientId, string DisplayName, bool Confidential, string? UnitPath,
    IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, IReadOnlyList<string> AllowedOrigins,
    IReadOnlyList<string> Scopes, bool Disabled);

/// <summary>A client with the secret just generated for it (confidential clients; shown once, stored only hashed).</summary>
public sealed record ClientWithSecret(ClientSummary Client, string? ClientSecret);
