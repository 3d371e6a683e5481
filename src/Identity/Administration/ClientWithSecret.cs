namespace Platform.Identity.Administration;

/// <summary>A client with the secret just generated for it (confidential clients; shown once, stored only hashed).</summary>
public sealed record ClientWithSecret(ClientSummary Client, string? ClientSecret);
