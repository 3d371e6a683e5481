using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Platform.Identity.Clients;

namespace Platform.Api.Cors;

/// <summary>
/// CORS for browser front ends on <c>/graphql</c> and the token server's endpoints that scripts
/// call: an origin is allowed when configured (<c>Cors:AllowedOrigins</c>, plus the local dev
/// servers in Development) or registered by an enabled public client. The answer names that one
/// origin (never <c>*</c>), allows GET and POST with the headers a front end sends, and no credentials:
/// the API reads bearer tokens, never cookies. Any other origin gets no CORS headers at all.
/// </summary>
public sealed class PlatformCorsPolicyProvider(ClientOriginCache clients, IOptions<PlatformCorsOptions> options, IHostEnvironment environment)
    : ICorsPolicyProvider
{
    public static readonly IReadOnlyList<string> DevelopmentOrigins = ["http://localhost:3000", "http://localhost:5173"];

    private static readonly PathString[] Paths =
        ["/graphql", "/connect/token", "/connect/userinfo", "/connect/revoke", "/connect/introspect", "/.well-known"];

    private static readonly CorsPolicy None = new();

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (!Paths.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            return null;
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || !await IsAllowedAsync(origin, context.RequestAborted))
        {
            return None;
        }

        return new CorsPolicyBuilder()
            .WithOrigins(origin)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Authorization", "Content-Type", "Accept", "GraphQL-Cost", Transport.GraphQLMultipartReader.PreflightHeader)
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();
    }

    private async Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken)
    {
        var configured = options.Value.AllowedOrigins.Select(o => o.TrimEnd('/'));
        if (environment.IsDevelopment())
        {
            configured = configured.Concat(DevelopmentOrigins);
        }

        return configured.Contains(origin, StringComparer.OrdinalIgnoreCase)
            || (await clients.OriginsAsync(cancellationToken)).Contains(origin);
    }
}
