using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Seeding;
using Platform.Identity.Clients;
using Platform.Identity.Keys;

namespace Platform.Identity;

/// <summary>Creates the token keys, and the demo users and clients when they are missing.</summary>
public static class IdentitySeeder
{
    /// <summary>Runs at start-up inside a scope, after the store is migrated and its units seeded.</summary>
    public static async Task SeedPlatformIdentityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        // Load or create the keys now rather than on the first token request.
        var keys = services.GetRequiredService<SigningKeyRing>();
        _ = keys.SigningKeys;
        _ = keys.EncryptionKeys;

        if (services.GetRequiredService<DatabaseOptions>().SeedDemoData != true)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdentitySeeder));
        await SeedUsersAsync(services, logger, cancellationToken);
        await SeedClientsAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), logger, cancellationToken);
    }

    /// <summary>
    /// Inserts the missing demo accounts in one batch. They share one password, so it is hashed
    /// once: hashing it per account would make every test host start noticeably slower.
    /// </summary>
    private static async Task SeedUsersAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        var existing = (await db.Users.Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        var missing = DemoAccounts.All.Where(a => !existing.Contains(a.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        var roles = await EnsureRolesAsync(db, normalizer, missing.SelectMany(a => a.Roles).Distinct(), cancellationToken);

        var paths = missing.Select(a => a.UnitPath).Distinct().ToList();
        var units = await db.Units.Where(u => paths.Contains(u.Path)).ToDictionaryAsync(u => u.Path, u => u.Id, cancellationToken);

        var passwordHash = services.GetRequiredService<IPasswordHasher<PlatformUser>>()
            .HashPassword(new PlatformUser(), DemoAccounts.Password);

        foreach (var account in missing)
        {
            if (!units.TryGetValue(account.UnitPath, out var unitId))
            {
                throw new InvalidOperationException($"Demo account '{account.UserName}' names the unknown unit '{account.UnitPath}'.");
            }

            db.Users.Add(new PlatformUser
            {
                Id = account.Id,
                UserName = account.UserName,
                NormalizedUserName = normalizer.NormalizeName(account.UserName),
                DisplayName = account.DisplayName,
                UnitId = unitId,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            });
            foreach (var role in account.Roles)
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = account.Id, RoleId = roles[role] });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created {Count} demo accounts", missing.Count);
    }

    /// <summary>Returns the ids of <paramref name="names"/> by name, creating the missing roles.</summary>
    private static async Task<Dictionary<string, string>> EnsureRolesAsync(
        PlatformDbContext db, ILookupNormalizer normalizer, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var roles = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        foreach (var name in names.Where(n => !roles.ContainsKey(n)))
        {
            var role = new IdentityRole(name) { NormalizedName = normalizer.NormalizeName(name) };
            db.Roles.Add(role);
            roles[name] = role.Id;
        }

        return roles;
    }

    private static async Task SeedClientsAsync(
        IOpenIddictApplicationManager applications, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var descriptor in DemoClients.All)
        {
            if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
                logger.LogInformation("Created the demo client {ClientId}", descriptor.ClientId);
            }
        }
    }
}
