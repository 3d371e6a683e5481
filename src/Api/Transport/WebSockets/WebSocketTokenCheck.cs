using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Platform.Api.Transport.WebSockets;

/// <summary>
/// Validates the token a connection carries in <c>connection_init</c> with the host's default
/// authentication scheme, exactly as a bearer header of an HTTP request would be (signature,
/// expiry, audience, revocation). Each check runs on a request of its own, since a scheme
/// remembers its answer for the lifetime of a request.
/// </summary>
internal static class WebSocketTokenCheck
{
    /// <summary>The principal the token names, or null when it is not valid now.</summary>
    public static async Task<ClaimsPrincipal?> ValidateAsync(HttpContext connection, IServiceScopeFactory scopes, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Method = HttpMethods.Post;
        probe.Request.Scheme = connection.Request.Scheme;
        probe.Request.Host = connection.Request.Host;
        probe.Request.PathBase = connection.Request.PathBase;
        probe.Request.Path = connection.Request.Path;
        probe.Request.Headers.Authorization = "Bearer " + token;

        // As the authentication middleware does: the request handlers first (OpenIddict opens its
        // transaction there), then the default scheme.
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        foreach (var scheme in await scope.ServiceProvider.GetRequiredService<IAuthenticationSchemeProvider>().GetRequestHandlerSchemesAsync())
        {
            if (await handlers.GetHandlerAsync(probe, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
            {
                return null;
            }
        }

        var result = await probe.AuthenticateAsync();
        return result.Succeeded ? result.Principal : null;
    }
}
