using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Api.Operations.Errors;
using Platform.Api.Operations.Health;
using Platform.Data;

namespace Platform.Api.Operations.Startup;

/// <summary>
/// The door requests pass while the database start-up (<see cref="PlatformStartup"/>) runs beside
/// the host's own start. Until it has finished nothing behind the door runs: the token server's
/// options and keys are read from the database once per process, and must not be read before it
/// is migrated. The probes are answered here (<c>/health/live</c> 200, <c>/health/ready</c> 503 with
/// a <c>startup</c> entry); any other request waits, at most <see cref="StartupOptions.RequestWait"/>,
/// and then goes on, or is answered 503 with <c>Retry-After</c>.
/// </summary>
internal static class StartupGate
{
    public const string Starting = "SERVICE_STARTING";

    private const int RetryAfterSeconds = 5;

    public static WebApplication UsePlatformStartupGate(this WebApplication app)
    {
        var startup = app.Services.GetRequiredService<PlatformStartup>();
        var wait = (app.Configuration.GetSection(StartupOptions.Section).Get<StartupOptions>() ?? new StartupOptions()).RequestWait;
        if (wait < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{StartupOptions.Section}:{nameof(StartupOptions.RequestWait)} must not be negative; it is {wait}.");
        }

        app.Use(async (context, next) =>
        {
            if (startup.IsReady)
            {
                await next(context);
                return;
            }

            var path = context.Request.Path;
            if (path.StartsWithSegments(HealthRegistration.Prefix))
            {
                context.Response.Headers.CacheControl = "no-store, no-cache";
            }

            if (path.Equals(HealthRegistration.LivePath, StringComparison.OrdinalIgnoreCase))
            {
                await HealthReportWriter.WriteAsync(context, new HealthReport(new Dictionary<string, HealthReportEntry>(), TimeSpan.Zero));
            }
            else if (path.Equals(HealthRegistration.ReadyPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await HealthReportWriter.WriteAsync(context, StartingReport(startup));
            }
            else if (await WaitAsync(startup, wait, context))
            {
                await next(context);
            }
            else
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var message = startup.HasFailed ? "The service could not start; it is stopping." : "The service is starting; retry in a few seconds.";
                await ErrorResponses.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Starting, "temporarily_unavailable", message);
            }
        });
        return app;
    }

    private static HealthReport StartingReport(PlatformStartup startup)
    {
        var description = startup.HasFailed
            ? "Start-up failed; the process is stopping."
            : "Start-up is still running (migrations, token keys, demo data).";
        var entry = new HealthReportEntry(HealthStatus.Unhealthy, description, TimeSpan.Zero, exception: null, data: null);
        return new HealthReport(new Dictionary<string, HealthReportEntry> { ["startup"] = entry }, TimeSpan.Zero);
    }

    private static async Task<bool> WaitAsync(PlatformStartup startup, TimeSpan wait, HttpContext context)
    {
        await Task.WhenAny(startup.Completion, Task.Delay(wait, context.RequestAborted));
        return startup.IsReady;
    }
}
