using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Data.Entities;
using Platform.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// The authorization code and refresh token grants. The token server has already checked the code
/// (PKCE, redirect URI, client) or the refresh token (status, reuse); this handler issues tokens
/// from the account as it is now: a deactivated or locked account gets none, changed roles narrow
/// the scopes at the next refresh.
/// </summary>
public sealed class CodeExchangeGrantHandler(UserManager<PlatformUser> users, AccountTokens tokens)
{
    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var granted = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
            ?? throw new InvalidOperationException("The token server let a code or refresh token through without a principal.");

        var subject = granted.GetClaim(Claims.Subject);
        var user = subject is null ? null : await users.FindByIdAsync(subject);
        if (user is null || !AccountState.CanSignIn(user) || await users.IsLockedOutAsync(user))
        {
            return TokenResults.Error(Errors.InvalidGrant, "The account can no longer sign in.");
        }

        var allowed = await tokens.AllowedScopesAsync(user, openIdConnect: true);
        var scopes = granted.GetScopes().Where(allowed.Contains).ToList();
        return TokenResults.SignIn(await tokens.CreateAsync(user, scopes, cancellationToken));
    }
}
