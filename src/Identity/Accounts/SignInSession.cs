using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Platform.Data.Entities;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Accounts;

/// <summary>
/// The sign-in page's session: a cookie of its own scheme, read only by the authorization
/// endpoint. It is never the default scheme, so <c>/graphql</c> and every other API path keep
/// accepting bearer tokens only — a browser's cookie never authenticates an API call.
/// </summary>
public static class SignInSession
{
    public const string Scheme = "Platform.SignIn";
    public const string CookieName = "platform.signin";
    public const string SignInPath = "/account/signin";
    public const string ActivatePath = "/account/activate";
    public const string AuthorizePath = "/connect/authorize";

    public static ClaimsPrincipal PrincipalFor(PlatformUser user)
    {
        var identity = new ClaimsIdentity(Scheme, PlatformClaims.Name, PlatformClaims.Role);
        identity.AddClaim(new Claim(PlatformClaims.Subject, user.Id));
        identity.AddClaim(new Claim(PlatformClaims.Name, user.DisplayName));
        identity.AddClaim(new Claim(PlatformClaims.SecurityStamp, user.SecurityStamp ?? ""));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The session's account while it may still sign in and its security stamp has not moved (reset, deactivation).</summary>
    public static async Task<PlatformUser?> UserAsync(UserManager<PlatformUser> users, ClaimsPrincipal session)
    {
        var subject = session.FindFirst(PlatformClaims.Subject)?.Value;
        var user = subject is null ? null : await users.FindByIdAsync(subject);
        if (user is null || !AccountState.CanSignIn(user) || await users.IsLockedOutAsync(user)
            || session.FindFirst(PlatformClaims.SecurityStamp)?.Value != (user.SecurityStamp ?? ""))
        {
            return null;
        }

        return user;
    }

    /// <summary>The sign-in page, returning to this authorization request (without <c>prompt=login</c>, which it satisfies).</summary>
    public static string SignInPageFor(HttpContext context, OpenIddictRequest request)
    {
        var parameters = request.GetParameters()
            .Where(p => p.Key != Parameters.Prompt || !request.HasPromptValue(PromptValues.Login))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
        var returnUrl = context.Request.PathBase + AuthorizePath + QueryString.Create(parameters);
        return context.Request.PathBase + SignInPath + QueryString.Create("ReturnUrl", returnUrl);
    }

    /// <summary>Only a return to this server's authorization endpoint is followed: the page is no open redirector.</summary>
    public static bool IsReturnUrl(HttpContext context, string? url) =>
        url is not null
        && url.StartsWith(context.Request.PathBase + AuthorizePath + "?", StringComparison.Ordinal)
        && !url.Contains('\\') && !url.Contains("//", StringComparison.Ordinal);
}
