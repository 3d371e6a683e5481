using OpenIddict.Abstractions;
using Platform.Identity;
using Platform.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Api.Webhooks;

/// <summary>
/// Whether a hook's client may still hear of changes as it did when it registered: it exists, is
/// not disabled, still holds <c>platform.read</c> and is still bound to the hook's unit. A client
/// an admin disabled (or moved) gets nothing more, as its tokens get nothing more.
/// </summary>
public sealed class WebhookClients(IServiceScopeFactory scopes)
{
    /// <summary>The hooks' client ids, each paired with the unit path it registered with, that may still receive.</summary>
    public async Task<HashSet<(string ClientId, string UnitPath)>> AllowedAsync(IEnumerable<(string ClientId, string UnitPath)> hooks, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var allowed = new HashSet<(string, string)>();
        foreach (var (clientId, unitPath) in hooks.Distinct())
        {
            if (await applications.FindByClientIdAsync(clientId, ct) is not { } application)
            {
                continue;
            }

            var properties = await applications.GetPropertiesAsync(application, ct);
            if (!ClientProperties.IsDisabled(properties) && ClientProperties.UnitPathOf(properties) == unitPath
                && await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + PlatformScopes.Read, ct))
            {
                allowed.Add((clientId, unitPath));
            }
        }

        return allowed;
    }
}
