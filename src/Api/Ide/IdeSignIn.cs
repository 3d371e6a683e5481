using Microsoft.AspNetCore.Http.Extensions;
using OpenIddict.Abstractions;
using Platform.Identity.Clients;

namespace Platform.Api.Ide;

/// <summary>How the IDE page signs people in: its client and its own address as the redirect URI.</summary>
internal sealed record IdeSignIn(string ClientId, string RedirectUri)
{
    /// <summary>
    /// The sign-in the page at <paramref name="request"/> can offer: its client exists, is not
    /// disabled, and has the page's own address (as the browser sees it, query left out) among its
    /// redirect URIs, which the token server matches exactly. Otherwise null.
    /// </summary>
    public static async Task<IdeSignIn?> ForAsync(HttpRequest request, string clientId, CancellationToken cancellationToken)
    {
        var applications = request.HttpContext.RequestServices.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null || ClientProperties.IsDisabled(await applications.GetPropertiesAsync(application, cancellationToken)))
        {
            return null;
        }

        var address = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path);
        return await applications.ValidateRedirectUriAsync(application, address, cancellationToken)
            ? new IdeSignIn(clientId, address)
            : null;
    }
}
