using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using Platform.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// The resource-owner password grant, for development and tests only (the server does not
/// enable it elsewhere). Every failed check gets the same answer (see <see cref="CredentialCheck"/>).
/// </summary>
public sealed class PasswordGrantHandler(CredentialCheck credentials, AccountTokens tokens)
{
    public async Task<IResult> HandleAsync(OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var user = await credentials.CheckAsync(request.Username, request.Password);
        if (user is null)
        {
            return TokenResults.Error(Errors.InvalidGrant, TokenResults.InvalidCredentials);
        }

        var scopes = AccessTokenPrincipal.GrantScopes(request.GetScopes(), await tokens.AllowedScopesAsync(user, openIdConnect: false));
        if (scopes is null)
        {
            return TokenResults.Error(Errors.InvalidScope, "The account's roles do not allow the requested scopes.");
        }

        return TokenResults.SignIn(await tokens.CreateAsync(user, scopes, cancellationToken));
    }
}
