using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server.AspNetCore;

namespace Platform.Identity;

/// <summary>
/// The authentication middleware, doing what ASP.NET Core's does — the schemes that handle
/// requests first, then the default scheme fills <see cref="HttpContext.User"/> — except that
/// OpenIddict's server is not asked to handle a request on the API's own paths. None of its
/// endpoints lies there (they are under <c>/connect</c> and <c>/.well-known</c>), and asking costs
/// every API call a transaction and a run of the server's request pipeline for nothing.
/// </summary>
public static class PlatformAuthentication
{
    // The key UseAuthentication() sets: without it, the host adds ASP.NET Core's middleware at the
    // very start of the pipeline, before forwarded headers and error answers.
    private const string MiddlewareSet = "__AuthenticationMiddlewareSet";

    public static IApplicationBuilder UsePlatformAuthentication(this IApplicationBuilder app, params PathString[] apiPaths)
    {
        app.Properties[MiddlewareSet] = true;
        return app.UseMiddleware<Middleware>(apiPaths);
    }

    private sealed class Middleware(RequestDelegate next, IAuthenticationSchemeProvider schemes, PathString[] apiPaths)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature
            {
                OriginalPath = context.Request.Path,
                OriginalPathBase = context.Request.PathBase,
            });

            var api = false;
            foreach (var path in apiPaths)
            {
                api |= context.Request.Path.StartsWithSegments(path);
            }

            var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
            foreach (var scheme in await schemes.GetRequestHandlerSchemesAsync())
            {
                if (api && scheme.Name == OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                {
                    continue;
                }

                if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler
                    && await handler.HandleRequestAsync())
                {
                    return;
                }
            }

            if (await schemes.GetDefaultAuthenticateSchemeAsync() is { } fallback)
            {
                var result = await context.AuthenticateAsync(fallback.Name);
                if (result.Principal is not null)
                {
                    context.User = result.Principal;
                }

                if (result.Succeeded)
                {
                    var authenticated = new Authenticated(result);
                    context.Features.Set<IHttpAuthenticationFeature>(authenticated);
                    context.Features.Set<IAuthenticateResultFeature>(authenticated);
                }
            }

            await next(context);
        }
    }

    /// <summary>The request's authentication result, and its principal as the user.</summary>
    private sealed class Authenticated(AuthenticateResult result) : IAuthenticateResultFeature, IHttpAuthenticationFeature
    {
        public AuthenticateResult? AuthenticateResult { get; set; } = result;

        public ClaimsPrincipal? User
        {
            get => AuthenticateResult?.Principal;
            set => AuthenticateResult = value is null
                ? null
                : AuthenticateResult.Success(new AuthenticationTicket(value, AuthenticateResult?.Ticket?.AuthenticationScheme ?? ""));
        }
    }
}
