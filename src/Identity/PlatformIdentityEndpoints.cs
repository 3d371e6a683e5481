using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Identity.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity;

public static class PlatformIdentityEndpoints
{
    /// <summary>The token endpoint; discovery and the key set are served by the token server itself.</summary>
    public const string TokenPath = "/connect/token";

    /// <summary>Maps the token endpoint: the token server validates the request, one handler per grant answers it.</summary>
    public static IEndpointRouteBuilder MapPlatformIdentity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TokenPath, ExchangeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static Task<IResult> ExchangeAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token request was not validated by the token server.");

        // Handlers are resolved per grant so that a request builds only what it uses.
        if (request.IsPasswordGrantType())
        {
            return services.GetRequiredService<PasswordGrantHandler>().HandleAsync(request, cancellationToken);
        }

        if (request.IsClientCredentialsGrantType())
        {
            return services.GetRequiredService<ClientCredentialsGrantHandler>().HandleAsync(request, cancellationToken);
        }

        // The token server only lets through the grants it was configured to allow.
        return Task.FromResult(TokenResults.Error(Errors.UnsupportedGrantType, "The grant type is not supported."));
    }
}
