using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Platform.Identity.Accounts;
using Platform.Identity.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity;

public static class PlatformIdentityEndpoints
{
    public const string TokenPath = "/connect/token";
    public const string AuthorizePath = SignInSession.AuthorizePath;
    public const string EndSessionPath = "/connect/endsession";
    public const string UserInfoPath = "/connect/userinfo";
    public const string RevocationPath = "/connect/revoke";
    public const string IntrospectionPath = "/connect/introspect";

    /// <summary>
    /// Maps the token server's pass-through endpoints (the server validates each request first;
    /// revocation, introspection, discovery and the key set it answers itself) and the account pages.
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformIdentity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TokenPath, ExchangeAsync).ExcludeFromDescription();
        endpoints.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription();
        endpoints.MapMethods(UserInfoPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoHandler.HandleAsync).ExcludeFromDescription();
        endpoints.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionHandler.HandleAsync).ExcludeFromDescription();
        endpoints.MapGet(SignInSession.SignInPath, SignInPage.Get).ExcludeFromDescription();
        endpoints.MapPost(SignInSession.SignInPath, (Delegate)SignInPage.PostAsync).ExcludeFromDescription();
        endpoints.MapGet(SignInSession.ActivatePath, ActivationPage.Get).ExcludeFromDescription();
        endpoints.MapPost(SignInSession.ActivatePath, (Delegate)ActivationPage.PostAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static Task<IResult> AuthorizeAsync(HttpContext context, CancellationToken cancellationToken) =>
        context.RequestServices.GetRequiredService<AuthorizeHandler>().HandleAsync(context, Request(context), cancellationToken);

    private static Task<IResult> ExchangeAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var request = Request(context);

        // Handlers are resolved per grant so that a request builds only what it uses.
        if (request.IsPasswordGrantType())
        {
            return services.GetRequiredService<PasswordGrantHandler>().HandleAsync(request, cancellationToken);
        }

        if (request.IsClientCredentialsGrantType())
        {
            return services.GetRequiredService<ClientCredentialsGrantHandler>().HandleAsync(request, cancellationToken);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return services.GetRequiredService<CodeExchangeGrantHandler>().HandleAsync(context, cancellationToken);
        }

        // The token server only lets through the grants it was configured to allow.
        return Task.FromResult(TokenResults.Error(Errors.UnsupportedGrantType, "The grant type is not supported."));
    }

    private static OpenIddictRequest Request(HttpContext context) =>
        context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The request was not validated by the token server.");
}
