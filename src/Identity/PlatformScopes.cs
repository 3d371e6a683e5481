using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity;

/// <summary>API scopes and the OpenID Connect scopes beside them (DESIGN §7).</summary>
public static class PlatformScopes
{
    public const string Read = "platform.read";
    public const string Write = "platform.write";
    public const string PiiRead = "pii.read";
    public const string SuggestionsSubmit = "suggestions.submit";

    /// <summary>Residents' intake through a residents' portal: submit petitions, read their receipts, rate resolutions; nothing else.</summary>
    public const string PetitionsSubmit = "petitions.submit";

    /// <summary>The API scopes, which roles and client permissions narrow.</summary>
    public static readonly IReadOnlyList<string> All = [Read, Write, PiiRead, SuggestionsSubmit, PetitionsSubmit];

    /// <summary>
    /// <c>openid profile offline_access</c>: an ID token, the profile claims in it and at userinfo,
    /// and a refresh token. Every person may be granted them through a client permitted to ask.
    /// </summary>
    public static readonly IReadOnlyList<string> OpenIdConnect = [Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess];
}
