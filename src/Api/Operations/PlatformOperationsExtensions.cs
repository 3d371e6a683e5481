using Platform.Api.Operations.Errors;
using Platform.Api.Operations.Health;
using Platform.Api.Operations.Proxy;
using Platform.Api.Operations.RateLimits;
using Platform.Api.Operations.Shutdown;
using Platform.Api.Operations.Telemetry;

namespace Platform.Api.Operations;

/// <summary>The host's operational pieces, one registration per concern, in pipeline order.</summary>
public static class PlatformOperationsExtensions
{
    /// <summary>
    /// Registers forwarded headers, health checks, telemetry (when an OTLP endpoint is set), rate
    /// limits and the shutdown timeout.
    /// </summary>
    public static WebApplicationBuilder AddPlatformOperations(this WebApplicationBuilder builder)
    {
        builder.AddPlatformForwardedHeaders();
        builder.Services.AddPlatformHealth();
        builder.AddPlatformTelemetry();
        builder.AddPlatformRateLimits();

        var shutdown = builder.Configuration.GetSection(ShutdownOptions.Section).Get<ShutdownOptions>() ?? new ShutdownOptions();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = shutdown.Timeout);
        return builder;
    }

    /// <summary>
    /// The steps that go before authentication: JSON answers for anything that fails (never the
    /// developer exception page), forwarded headers from trusted proxies, and the per-IP limits of
    /// the sign-in paths. Call <see cref="UsePlatformCallerLimits"/> after authentication.
    /// </summary>
    public static WebApplication UsePlatformOperations(this WebApplication app)
    {
        app.UseMiddleware<ErrorResponseMiddleware>();
        app.UsePlatformForwardedHeaders();
        app.UsePlatformSignInLimits();
        return app;
    }

    /// <summary>The per-principal limits on <c>/graphql</c>; needs the authenticated user, so after authentication.</summary>
    public static WebApplication UsePlatformCallerLimits(this WebApplication app)
    {
        RateLimitRegistration.UsePlatformCallerLimits(app);
        return app;
    }
}
