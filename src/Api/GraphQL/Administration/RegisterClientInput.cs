namespace Platform.Api.GraphQL.Administration;

/// <summary>The input of an administration mutation; the rules in src/Identity/Administration validate it.</summary>
public sealed class RegisterClientInput
{
    public string ClientId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool Confidential { get; set; }
    public string? UnitId { get; set; }
    public List<string>? RedirectUris { get; set; }
    public List<string>? PostLogoutRedirectUris { get; set; }
    public List<string>? AllowedOrigins { get; set; }
    public List<string>? Scopes { get; set; }
}
