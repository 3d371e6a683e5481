using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Identity.Keys;
using Platform.Identity.Tokens;

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

        services.AddIdentityCore<PlatformUser>(identity =>
            {
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager();

        services.AddOpenIddict()
            .AddCore(core =>
            {
                // Applications, scopes, authorizations and tokens live in the platform's database.
                core.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>();
            })
            .AddServer(server =>
            {
                // Only the token endpoint; discovery and the key set are on by default.
                server.SetTokenEndpointUris(PlatformIdentityEndpoints.TokenPath.TrimStart('/'));

                // Integrations authenticate as themselves.
                server.AllowClientCredentialsFlow();

                // Without this call a password request gets unsupported_grant_type.
                if (isDevelopment)
                {
                    server.AllowPasswordFlow();
                }

                // The API scopes; the client's permissions and the user's roles narrow them.
                server.RegisterScopes([.. PlatformScopes.All]);

                // The API reads its tokens as plain signed JWTs.
                server.DisableAccessTokenEncryption();

                // Configurable so that tests can issue short-lived tokens.
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);

                // Unset: the issuer is the base address the request came in on.
                if (options.Issuer is not null)
                {
                    server.SetIssuer(options.Issuer);
                }

                var aspNetCore = server.UseAspNetCore()
                    // The grant handlers behind the /connect/token endpoint write the answer.
                    .EnableTokenEndpointPassthrough();

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
        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);

        services.AddScoped<PasswordGrantHandler>();
        services.AddScoped<ClientCredentialsGrantHandler>();
        return services;
    }
}
