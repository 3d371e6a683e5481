using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Identity.Administration;

namespace Platform.Identity.Clients;

/// <summary>
/// A public client whose addresses come from configuration rather than from an admin: at start-up
/// it is registered, or its redirect URIs, sign-out URIs and origins are set to exactly the
/// configured ones. It belongs to the root unit, so the root's admins see and may disable it; a
/// disabled client stays disabled. Addresses are checked as <c>registerClient</c> checks them.
/// </summary>
public static class ConfiguredPublicClient
{
    public static async Task EnsureAsync(
        IOpenIddictApplicationManager applications, PlatformDbContext db, ILogger logger,
        string clientId, string displayName, string setting, IReadOnlyList<string> redirectUris, CancellationToken cancellationToken)
    {
        var redirects = ClientUris.RedirectUris(setting, redirectUris, required: true);
        var origins = ClientUris.Origins(null, redirects);
        var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.Id)
            .Select(u => u.Path).FirstOrDefaultAsync(cancellationToken);
        if (root is null)
        {
            logger.LogWarning("No unit tree yet: the client {ClientId} is registered at the first start after bootstrap", clientId);
            return;
        }

        var wanted = PublicClients.Describe(clientId, displayName, root,
            redirects.Select(r => new Uri(r)), redirects.Select(r => new Uri(r)), origins);
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            await applications.CreateAsync(wanted, cancellationToken);
            logger.LogInformation("Registered the client {ClientId} for {RedirectUris}", clientId, redirects);
            return;
        }

        var current = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(current, application, cancellationToken);
        var properties = current.Properties.ToImmutableDictionary();
        if (ClientProperties.IsDisabled(properties))
        {
            logger.LogWarning("The client {ClientId} is disabled: kept as it is", clientId);
            return;
        }

        if (current.RedirectUris.SetEquals(wanted.RedirectUris) && current.PostLogoutRedirectUris.SetEquals(wanted.PostLogoutRedirectUris)
            && ClientProperties.AllowedOriginsOf(properties).Order().SequenceEqual(origins.Order()))
        {
            return;
        }

        current.RedirectUris.Clear();
        current.RedirectUris.UnionWith(wanted.RedirectUris);
        current.PostLogoutRedirectUris.Clear();
        current.PostLogoutRedirectUris.UnionWith(wanted.PostLogoutRedirectUris);
        current.Properties[ClientProperties.AllowedOrigins] = ClientProperties.Values(origins);
        await applications.UpdateAsync(application, current, cancellationToken);
        logger.LogInformation("Set the addresses of the client {ClientId} to {RedirectUris}", clientId, redirects);
    }
}
