using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// The host's default authentication scheme. A bearer token OpenIddict's validation accepted
/// lately (<see cref="ValidatedTokenCache"/>) and whose status is still valid
/// (<see cref="TokenStatusCheck"/>) gives its principal at once; every other request is
/// authenticated by OpenIddict's validation, as before, and the tokens it accepts are remembered.
/// Either way the ticket is the validation's, and challenges and forbids go to it.
/// </summary>
public sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ValidatedTokenCache validated,
    TokenStatusCheck status)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Platform.Bearer";

    private const string Validation = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>Forwards what this scheme does not do itself to OpenIddict's validation.</summary>
    public static void Configure(AuthenticationSchemeOptions scheme)
    {
        scheme.ForwardChallenge = Validation;
        scheme.ForwardForbid = Validation;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // A token remembered is found by the header's characters; a string is made only for one that is not.
        var header = BearerToken(Request);
        if (validated.TryGet(header.Span, out var remembered, out var known)
            && await status.IsValidAsync(known.TokenId, Context.RequestAborted))
        {
            return AuthenticateResult.Success(new AuthenticationTicket(known.Principal, Properties(known, remembered), Validation));
        }

        var token = header.IsEmpty ? null : remembered ?? header.ToString();
        var result = await Context.AuthenticateAsync(Validation);
        if (token is not null && result.Succeeded && result.Properties.GetTokenValue(TokenTypeHints.AccessToken) == token)
        {
            validated.Add(token, result.Principal);
        }

        return result;
    }

    /// <summary>The token of a single <c>Authorization: Bearer …</c> header, as OpenIddict reads it; empty when there is none.</summary>
    private static ReadOnlyMemory<char> BearerToken(HttpRequest request)
    {
        var headers = request.Headers.Authorization;
        if (headers.Count != 1 || headers[0] is not { } header
            || header.Length <= Schemes.Bearer.Length + 1
            || !header.StartsWith(Schemes.Bearer + " ", StringComparison.OrdinalIgnoreCase))
        {
            return ReadOnlyMemory<char>.Empty;
        }

        return header.AsMemory(Schemes.Bearer.Length + 1);
    }

    // As the validation's own ticket: its times and the token.
    private static AuthenticationProperties Properties(ValidatedTokenCache.Entry known, string token)
    {
        var properties = new AuthenticationProperties { ExpiresUtc = known.Expires, IssuedUtc = known.Issued };
        properties.StoreTokens([new AuthenticationToken { Name = TokenTypeHints.AccessToken, Value = token }]);
        return properties;
    }
}
