using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Identity.Accounts;
using Platform.Identity.Administration;
using Platform.Identity.Clients;
using Platform.Identity.Keys;
using Platform.Identity.Tokens;

using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity;

public static class PlatformIdentityServiceCollectionExtensions
{
    /// <summary>Registers the token server, the user store and access-token validation for the API.</summary>
    public static IServiceCollection AddPlatformIdentity(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(PlatformIdentityOptions.Section).Get<PlatformIdentityOptions>()
            ?? new PlatformIdentityOptions();

        // The password grant and plain HTTP are for development and tests only.
        var isDevelopment = environment.IsDevelopment() || environment.IsEnvironment("Testing");

        services.Configure<PlatformIdentityOptions>(configuration.GetSection(PlatformIdentityOptions.Section));

        services.AddIdentityCore<PlatformUser>(identity =>
            {
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

                // Length over composition (current guidance); AccountActivation applies the length.
                identity.Password.RequiredLength = options.PasswordMinimumLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager();

        services.AddOpenIddict()
            .AddCore(core =>
            {
                // Applications, scopes, authorizations and tokens live in the platform's database.
                core.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>();

                // Every revocation also reaches the API's cache of token statuses.
                core.ReplaceTokenManager<OpenIddictEntityFrameworkCoreToken, RevocationAwareTokenManager>();
            })
            .AddServer(server =>
            {
                // The endpoints; discovery and the key set are on by default and list them all.
                server.SetTokenEndpointUris(Relative(PlatformIdentityEndpoints.TokenPath));
                server.SetAuthorizationEndpointUris(Relative(PlatformIdentityEndpoints.AuthorizePath));
                server.SetEndSessionEndpointUris(Relative(PlatformIdentityEndpoints.EndSessionPath));
                server.SetUserInfoEndpointUris(Relative(PlatformIdentityEndpoints.UserInfoPath));
                server.SetRevocationEndpointUris(Relative(PlatformIdentityEndpoints.RevocationPath));
                server.SetIntrospectionEndpointUris(Relative(PlatformIdentityEndpoints.IntrospectionPath));

                // People sign in with a code; integrations authenticate as themselves.
                server.AllowAuthorizationCodeFlow();
                server.AllowRefreshTokenFlow();
                server.AllowClientCredentialsFlow();

                // Without this call a password request gets unsupported_grant_type.
                if (isDevelopment)
                {
                    server.AllowPasswordFlow();
                }

                // PKCE for every client, S256 only: a code request without it, or with plain, is refused.
                server.RequireProofKeyForCodeExchange();
                server.Configure(o =>
                {
                    o.CodeChallengeMethods.Clear();
                    o.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });

                // The API scopes beside openid, profile and offline_access; client permissions and roles narrow them.
                server.RegisterScopes([.. PlatformScopes.All, .. PlatformScopes.OpenIdConnect]);

                // The API reads its tokens as plain signed JWTs.
                server.DisableAccessTokenEncryption();

                // Configurable so that tests can issue short-lived tokens.
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);

                // Rolling refresh tokens (OpenIddict's default): each use redeems the old one and issues a new one.
                server.SetRefreshTokenLifetime(options.RefreshTokenLifetime);

                // A redeemed refresh token presented again revokes every token of its authorization (reuse detection).
                server.SetRefreshTokenReuseLeeway(options.RefreshTokenReuseLeeway);

                // Unset: the issuer is the base address the request came in on.
                if (options.Issuer is not null)
                {
                    server.SetIssuer(options.Issuer);
                }

                // The API learns of this process's new access tokens without asking the store.
                server.AddEventHandler(TokenStatusPrimingHandler.Descriptor);

                var aspNetCore = server.UseAspNetCore()
                    // Our handlers answer these endpoints once the server has validated the request.
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();

                // Development and tests may run on plain HTTP.
                if (isDevelopment)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                // Tokens come from the server in this process; its keys validate them.
                validation.UseLocalServer();

                // Only tokens issued for the GraphQL API are accepted.
                validation.AddAudiences(PlatformClaims.Audience);

                // A revoked token fails at the API (status cached briefly, see TokenStatusCache).
                validation.AddEventHandler(TokenStatusValidationHandler.Descriptor);

                // Fills HttpContext.User from the bearer token.
                validation.UseAspNetCore();

                // Every token must expire, and none may be used before its nbf.
                validation.AddEventHandler(RequireTokenLifetime.Descriptor);
            });

        services.AddSingleton(configuration.GetSection(PlatformIdentityOptions.Section).Get<TokenLifetimeOptions>() ?? new TokenLifetimeOptions());

        // The signing and encryption keys come from the database, not from the builder above.
        services.AddSingleton<SigningKeyRing>();
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<SigningKeyRing>((server, keys) => keys.AddTo(server));

        // A request without a token passes through anonymously; the API decides what it may see.
        // The sign-in cookie is a scheme of its own that only the authorization endpoint reads.
        // A token validated lately is not validated again in full (ValidatedTokenCache); its status is.
        services.AddAuthentication(CachedBearerHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CachedBearerHandler>(CachedBearerHandler.SchemeName, CachedBearerHandler.Configure)
            .AddCookie(SignInSession.Scheme, cookie =>
            {
                cookie.Cookie.Name = SignInSession.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.ExpireTimeSpan = options.SignInSessionLifetime;
                cookie.SlidingExpiration = false;
                cookie.LoginPath = SignInSession.SignInPath;
            });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            antiforgery.FormFieldName = "__csrf";
        });

        services.AddSingleton<TokenStatusCache>();
        services.AddSingleton<TokenStatusCheck>();
        services.AddSingleton<ValidatedTokenCache>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenPruningService>());
        services.AddSingleton<TokenPruningService>();
        services.AddScoped<CredentialCheck>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<AccountActivation>();
        services.AddScoped<AuthorizeHandler>();
        services.AddScoped<PasswordGrantHandler>();
        services.AddScoped<ClientCredentialsGrantHandler>();
        services.AddScoped<ClientKeyCheck>();
        services.AddScoped<CodeExchangeGrantHandler>();

        // Administration rules (units, users, clients) and the client origins CORS reads.
        services.Configure<PlatformCorsOptions>(configuration.GetSection(PlatformCorsOptions.Section));
        services.AddSingleton<ClientOriginCache>();
        services.AddScoped<UnitAdministration>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ClientAdministration>();
        services.AddScoped<Bootstrap.PlatformBootstrap>();
        return services;
    }

    private static string Relative(string path) => path.TrimStart('/');
}
