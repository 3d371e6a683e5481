using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Identity.Administration;

namespace Platform.Identity.Bootstrap;

/// <summary>
/// The first deployment on an empty database (DESIGN §10): loads the unit tree, creates the first
/// admin at its root and, when asked, a public client to sign in with. Idempotent: units, the
/// account and the client that exist are kept as they are (an existing admin's password too).
/// </summary>
public sealed class PlatformBootstrap(
    PlatformDbContext db, UserManager<PlatformUser> users, RoleManager<IdentityRole> roles, ClientAdministration clients, IOpenIddictApplicationManager applications,
    IOptions<PlatformIdentityOptions> options, IClock clock, ILogger<PlatformBootstrap> logger)
{
    private static readonly AdminActor System = new("bootstrap", "bootstrap", 0, "/", [PlatformRoles.Admin], [PlatformScopes.Write]);

    public async Task RunAsync(BootstrapRequest request, CancellationToken cancellationToken)
    {
        var nodes = request.Tree.Flatten();
        var existing = await db.Units.ToDictionaryAsync(u => u.Path, cancellationToken);

        // One tree, one root (DESIGN §3): the root's principals see every record without a
        // visibility test (TenantScope.IsWhole), which a second root would break.
        if (existing.Keys.FirstOrDefault(p => Data.Tenancy.UnitPath.Parent(p) is null) is { } existingRoot && existingRoot != nodes[0].Path)
        {
            throw new InvalidOperationException(
                $"The database's unit tree has the root '{existingRoot}'; a unit tree file must start from it, not from '{nodes[0].Path}'.");
        }

        var created = 0;
        foreach (var (path, node) in nodes)
        {
            if (existing.ContainsKey(path))
            {
                continue;
            }

            var parent = Data.Tenancy.UnitPath.Parent(path) is { } parentPath ? existing[parentPath] : null;
            var unit = new Unit { Code = node.Code, Name = node.Name.Trim(), Kind = node.Kind, Parent = parent, Path = path, Depth = parent is null ? 0 : parent.Depth + 1 };
            db.Units.Add(unit);
            AuditLog.Append(db, System, clock.UtcNow, path, "UNIT_CREATED", AuditLog.Unit, path, new { name = unit.Name, kind = node.Kind.ToString().ToUpperInvariant(), by = "bootstrap" });
            existing[path] = unit;
            created++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Unit tree: {Created} units created, {Kept} kept", created, nodes.Count - created);

        var root = existing[nodes[0].Path];
        var admin = await EnsureAdminAsync(request, root, cancellationToken);
        if (request.ClientId is { } clientId)
        {
            await EnsureClientAsync(request, clientId, root, admin, cancellationToken);
        }
    }

    private async Task<PlatformUser> EnsureAdminAsync(BootstrapRequest request, Unit root, CancellationToken cancellationToken)
    {
        if (!await roles.RoleExistsAsync(PlatformRoles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(PlatformRoles.Admin));
        }

        var admin = await users.FindByNameAsync(request.AdminUserName);
        if (admin is not null)
        {
            if (!await users.IsInRoleAsync(admin, PlatformRoles.Admin))
            {
                await users.AddToRoleAsync(admin, PlatformRoles.Admin);
            }

            logger.LogInformation("The admin {UserName} exists: kept, password unchanged", request.AdminUserName);
            return admin;
        }

        if (request.AdminPassword.Length < options.Value.PasswordMinimumLength)
        {
            throw new InvalidOperationException($"The admin password must be at least {options.Value.PasswordMinimumLength} characters long.");
        }

        admin = new PlatformUser
        {
            Id = Guid.NewGuid().ToString(),
            UserName = request.AdminUserName,
            DisplayName = $"{root.Name}管理员",
            UnitId = root.Id,
            LockoutEnabled = true,
        };
        AuditLog.Append(db, System, clock.UtcNow, root.Path, "USER_CREATED", AuditLog.User, request.AdminUserName, new { roles = new[] { PlatformRoles.Admin }, by = "bootstrap" });
        var result = await users.CreateAsync(admin, request.AdminPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The admin account was refused: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, PlatformRoles.Admin);
        logger.LogInformation("Created the admin {UserName} at {Path}", request.AdminUserName, root.Path);
        return admin;
    }

    private async Task EnsureClientAsync(BootstrapRequest request, string clientId, Unit root, PlatformUser admin, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            logger.LogInformation("The client {ClientId} exists: kept", clientId);
            return;
        }

        // Registered as the new admin would: the same checks of its addresses, and its audit entry.
        var actor = new AdminActor(admin.Id, admin.DisplayName, root.Id, root.Path, [PlatformRoles.Admin], [PlatformScopes.Write]);
        await clients.RegisterAsync(actor, new RegisterClientCommand(
            clientId, "Platform console", Confidential: false, root.Id, request.RedirectUris, null, request.Origins, null), cancellationToken);
        logger.LogInformation("Registered the public client {ClientId}", clientId);
    }
}
