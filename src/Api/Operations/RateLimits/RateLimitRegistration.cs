using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Api.Operations.Errors;
using Platform.Identity;

namespace Platform.Api.Operations.RateLimits;

/// <summary>
/// Two rate limiters, because the token server does its work (client secrets, passwords) while
/// authentication runs: the sign-in limiter goes before authentication and counts per IP; the
/// GraphQL limiter goes after it, so that it can count per principal.
/// </summary>
internal static class RateLimitRegistration
{
    public static readonly PathString GraphQLPath = "/graphql";
    public static readonly PathString AccountPages = "/account";

    public static void AddPlatformRateLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitsOptions.Section).Get<RateLimitsOptions>() ?? new RateLimitsOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ResidentThrottle>();

        // The middleware's own services (metrics); the policies are passed to each middleware below.
        builder.Services.AddRateLimiter(_ => { });
    }

    /// <summary>Per IP on the token server's paths and the account pages; before authentication.</summary>
    public static void UsePlatformSignInLimits(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<RateLimitsOptions>();
        if (options.Enabled)
        {
            app.UseRateLimiter(Limiter(context =>
                context.Request.Path.StartsWithSegments(ErrorResponses.TokenServerPaths) || context.Request.Path.StartsWithSegments(AccountPages)
                    ? Window("sign-in:" + Address(context), options.SignIn)
                    : RateLimitPartition.GetNoLimiter("")));
        }
    }

    /// <summary>Per principal (or per IP when anonymous) on <c>/graphql</c>; after authentication.</summary>
    public static void UsePlatformCallerLimits(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<RateLimitsOptions>();
        if (options.Enabled)
        {
            app.UseRateLimiter(Limiter(context =>
            {
                if (!context.Request.Path.StartsWithSegments(GraphQLPath))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                return context.User.FindFirst(PlatformClaims.Subject)?.Value is { Length: > 0 } subject
                    ? Window("principal:" + subject, options.GraphQL)
                    : Window("anonymous:" + Address(context), options.Anonymous);
            }));
        }
    }

    private static RateLimiterOptions Limiter(Func<HttpContext, RateLimitPartition<string>> partition) => new()
    {
        GlobalLimiter = PartitionedRateLimiter.Create(partition),
        RejectionStatusCode = StatusCodes.Status429TooManyRequests,
        OnRejected = RejectAsync,
    };

    private static RateLimitPartition<string> Window(string key, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ErrorResponses.WriteAsync(
            context, StatusCodes.Status429TooManyRequests, ErrorResponses.RateLimited, "temporarily_unavailable",
            $"Too many requests; retry after {seconds} s.",
            new Dictionary<string, object> { ["retryAfter"] = seconds });
    }
}
