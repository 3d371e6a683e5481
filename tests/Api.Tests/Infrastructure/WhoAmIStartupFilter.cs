using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tenancy;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// Adds <c>GET /test/whoami</c> behind the application's whole pipeline, answering with what
/// <see cref="CurrentPrincipal"/> reads from the authenticated request, so that token
/// validation can be tested before the API has endpoints of its own.
/// </summary>
public sealed class WhoAmIStartupFilter : IStartupFilter
{
    public const string Path = "/test/whoami";

    public sealed record WhoAmI(bool IsAuthenticated, string? Subject, string? UnitPath, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // After the application's pipeline: requests no endpoint matched fall through to here.
        next(app);
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path != Path)
            {
                await nextMiddleware(context);
                return;
            }

            var principal = context.RequestServices.GetRequiredService<CurrentPrincipal>();
            await context.Response.WriteAsJsonAsync(new WhoAmI(
                principal.IsAuthenticated, principal.Subject, principal.UnitPath, principal.Roles, principal.Scopes));
        });
    };

    /// <summary>Asks a host with this filter who <paramref name="accessToken"/> is.</summary>
    public static async Task<WhoAmI> AskAsync(HttpClient client, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WhoAmI>())!;
    }
}
