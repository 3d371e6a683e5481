using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server.AspNetCore;
using Platform.Identity.Accounts;

namespace Platform.Identity.Tokens;

/// <summary>
/// <c>/connect/endsession</c> (sign-out): ends the sign-in session, then the token server sends the
/// browser to the client's registered <c>post_logout_redirect_uri</c>, or to the sign-in page.
/// The client revokes its own refresh token at <c>/connect/revoke</c>.
/// </summary>
public static class EndSessionHandler
{
    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        await context.SignOutAsync(SignInSession.Scheme);
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = SignInSession.SignInPath + "?signedOut=1" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
