namespace Platform.Identity;

/// <summary>Claim types and values of the platform's access tokens (DESIGN §7).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string UnitId = "unit_id";
    public const string UnitPath = "unit_path";
    public const string Role = "role";
    public const string Scope = "scope";

    /// <summary>The client the token was issued to; for client credentials, the same as <see cref="Subject"/>.</summary>
    public const string ClientId = "client_id";

    /// <summary>The security stamp of the account in the sign-in cookie: a reset or deactivation ends the session.</summary>
    public const string SecurityStamp = "security_stamp";

    /// <summary>The audience of access tokens for the GraphQL API.</summary>
    public const string Audience = "platform-api";
}
