using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Administration;

/// <summary>
/// Clients in the admin's subtree (a client belongs to its unit): public front ends with exact
/// redirect URIs and browser origins, or confidential servers bound to a unit with their scopes
/// and a generated secret shown once; secret rotation; disabling, which revokes its tokens.
/// </summary>
public sealed class ClientAdministration(
    PlatformDbContext db, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations, ClientOriginCache origins, IClock clock)
{
    public async Task<ClientWithSecret> RegisterAsync(AdminActor actor, RegisterClientCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var clientId = AdminText.Name("clientId", command.ClientId, minLength: 3);
        var displayName = AdminText.Required("displayName", command.DisplayName, 100);
        var unit = command.UnitId is { } unitId
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            : command.Confidential ? null : await db.Units.AsNoTracking().SingleAsync(u => u.Path == actor.UnitPath, cancellationToken);
        if (unit is null && command.Confidential)
        {
            throw AdministrationException.Invalid("unitId", "A confidential client is bound to a unit: 'unitId' is required.");
        }

        actor.RequireInSubtree(unit!.Path, "Unit");
        if (unit.DeactivatedAt is not null)
        {
            throw AdministrationException.InvalidState("register a client for this unit", "DEACTIVATED");
        }

        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            throw AdministrationException.Invalid("clientId", $"The client id '{clientId}' is taken.");
        }

        OpenIddictApplicationDescriptor descriptor;
        string? secret = null;
        if (command.Confidential)
        {
            if ((command.RedirectUris ?? []).Count > 0 || (command.AllowedOrigins ?? []).Count > 0)
            {
                throw AdministrationException.Invalid("redirectUris", "A confidential client signs no one in: it has no redirect URIs or origins.");
            }

            descriptor = ConfidentialClients.Describe(clientId, displayName, unit.Path, ApiScopes(command.Scopes));
            descriptor.ClientSecret = secret = NewSecret();
        }
        else
        {
            var redirects = ClientUris.RedirectUris("redirectUris", command.RedirectUris, required: true);
            var postLogout = ClientUris.RedirectUris("postLogoutRedirectUris", command.PostLogoutRedirectUris, required: false);
            descriptor = PublicClients.Describe(clientId, displayName, unit.Path,
                redirects.Select(r => new Uri(r)), postLogout.Select(r => new Uri(r)), ClientUris.Origins(command.AllowedOrigins, redirects));
        }

        AuditLog.Append(db, actor, clock.UtcNow, unit.Path, "CLIENT_REGISTERED", AuditLog.Client, clientId,
            new { displayName, confidential = command.Confidential });
        var application = await applications.CreateAsync(descriptor, cancellationToken);
        origins.Invalidate();
        return new ClientWithSecret(await SummaryAsync(application, cancellationToken), secret);
    }

    /// <summary>A new secret for a confidential client; the old one stops working, tokens already issued stay.</summary>
    public async Task<ClientWithSecret> RotateSecretAsync(AdminActor actor, string? clientId, CancellationToken cancellationToken)
    {
        var (application, descriptor, path) = await FindAsync(actor, clientId, "rotate the secret of", cancellationToken);
        if (descriptor.ClientType != ClientTypes.Confidential)
        {
            throw AdministrationException.Invalid("clientId", "A public client has no secret.");
        }

        var secret = NewSecret();
        AuditLog.Append(db, actor, clock.UtcNow, path, "CLIENT_SECRET_ROTATED", AuditLog.Client, descriptor.ClientId!);

        // The populated descriptor holds the stored hash; a new value is hashed by the manager.
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return new ClientWithSecret(await SummaryAsync(application, cancellationToken), secret);
    }

    /// <summary>The client keeps its registration but loses every permission, and its tokens fail from now on.</summary>
    public async Task<ClientSummary> DisableAsync(AdminActor actor, string? clientId, CancellationToken cancellationToken)
    {
        var (application, descriptor, path) = await FindAsync(actor, clientId, "disable", cancellationToken);
        descriptor.Permissions.Clear();
        descriptor.Properties[ClientProperties.Disabled] = System.Text.Json.JsonSerializer.SerializeToElement(true);
        AuditLog.Append(db, actor, clock.UtcNow, path, "CLIENT_DISABLED", AuditLog.Client, descriptor.ClientId!);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        var id = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(id!, cancellationToken);
        await authorizations.RevokeByApplicationIdAsync(id!, cancellationToken);
        origins.Invalidate();
        return await SummaryAsync(application, cancellationToken);
    }

    private async Task<(object Application, OpenIddictApplicationDescriptor Descriptor, string UnitPath)> FindAsync(
        AdminActor actor, string? clientId, string action, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        // OpenIddict's store has no tenant filter: the client's unit path (a client property) is
        // checked against the admin's subtree before anything of it is read or changed, and a client
        // outside it answers NOT_FOUND like an unknown one.
        var application = string.IsNullOrWhiteSpace(clientId) ? null : await applications.FindByClientIdAsync(clientId.Trim(), cancellationToken);
        var path = application is null ? null : ClientProperties.UnitPathOf(await applications.GetPropertiesAsync(application, cancellationToken));
        actor.RequireInSubtree(path, "Client");
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application!, cancellationToken);
        if (ClientProperties.IsDisabled(descriptor.Properties.ToImmutableDictionary()))
        {
            throw AdministrationException.InvalidState($"{action} the client", "DISABLED");
        }

        return (application!, descriptor, path!);
    }

    private async Task<ClientSummary> SummaryAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        return new ClientSummary(
            (await applications.GetClientIdAsync(application, cancellationToken))!,
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken),
            ClientProperties.UnitPathOf(properties),
            [.. await applications.GetRedirectUrisAsync(application, cancellationToken)],
            [.. await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken)],
            ClientProperties.AllowedOriginsOf(properties),
            permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..]).ToList(),
            ClientProperties.IsDisabled(properties));
    }

    private static List<string> ApiScopes(IReadOnlyList<string>? requested)
    {
        var scopes = (requested ?? []).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0 || scopes.Any(s => !PlatformScopes.All.Contains(s)))
        {
            throw AdministrationException.Invalid("scopes", $"'scopes' must name one or more of: {string.Join(", ", PlatformScopes.All)}.");
        }

        return scopes;
    }

    /// <summary>256 random bits, URL-safe; OpenIddict stores only a hash of it.</summary>
    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
