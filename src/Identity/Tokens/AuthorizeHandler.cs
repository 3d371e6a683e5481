using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Platform.Data.Entities;
using Platform.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// <c>/connect/authorize</c>. The token server has validated the request (client, exact redirect
/// URI, PKCE S256, response type, scopes the client may ask for). A person without a sign-in
/// session goes to the sign-in page and comes back here; with one, the code is issued at once
/// (first-party clients only: there is no consent page).
/// </summary>
public sealed class AuthorizeHandler(
    UserManager<PlatformUser> users, AccountTokens tokens, IOpenIddictApplicationManager applications)
{
    public async Task<IResult> HandleAsync(HttpContext context, OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var session = await context.AuthenticateAsync(SignInSession.Scheme);
        var user = session.Succeeded ? await SignInSession.UserAsync(users, session.Principal!) : null;
        if (user is null || request.HasPromptValue(PromptValues.Login) || TooOld(session, request))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return TokenResults.Error(Errors.LoginRequired, "The user is not signed in.");
            }

            await context.SignOutAsync(SignInSession.Scheme);
            return Results.Redirect(SignInSession.SignInPageFor(context, request));
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("The token server let an unknown client through.");
        var permitted = (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .ToHashSet(StringComparer.Ordinal);
        var allowed = (await tokens.AllowedScopesAsync(user, openIdConnect: true)).Where(permitted.Contains).ToList();
        var scopes = AccessTokenPrincipal.GrantScopes(request.GetScopes(), allowed);
        if (scopes is null)
        {
            return TokenResults.Error(Errors.InvalidScope, "The account's roles do not allow the requested scopes.");
        }

        return TokenResults.SignIn(await tokens.CreateAsync(user, scopes, cancellationToken));
    }

    /// <summary>The client's <c>max_age</c>: a session older than that signs in again.</summary>
    private static bool TooOld(AuthenticateResult session, OpenIddictRequest request) =>
        request.MaxAge is { } maxAge && session.Properties?.IssuedUtc is { } issued
        && DateTimeOffset.UtcNow - issued > TimeSpan.FromSeconds(maxAge);
}
