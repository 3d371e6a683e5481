using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server.AspNetCore;

namespace Platform.Identity.Tokens;

/// <summary>The two answers a grant handler gives: a token for a principal, or an OAuth error.</summary>
internal static class TokenResults
{
    /// <summary>The one answer to a wrong password, an unknown user and a locked or inactive account.</summary>
    public const string InvalidCredentials = "The user name or password is incorrect.";

    public static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    /// <summary>An OAuth error response, e.g. <c>invalid_grant</c>, written by the token server.</summary>
    public static IResult Error(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
