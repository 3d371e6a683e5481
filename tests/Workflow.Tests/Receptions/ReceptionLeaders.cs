using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Seeding;
using Platform.Identity;
using Platform.Workflow.Tests.Infrastructure;

namespace Platform.Workflow.Tests.Receptions;

/// <summary>The workflow database seeds units and cases but no accounts: a reception day needs its leader's account and role.</summary>
internal static class ReceptionLeaders
{
    public static async Task EnsureAsync(WorkflowDatabase database, string userName)
    {
        var account = DemoAccounts.Get(userName);
        await using var db = database.Read();
        if (await db.Users.AnyAsync(u => u.Id == account.Id))
        {
            return;
        }

        var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == PlatformRoles.Leader);
        if (role is null)
        {
            role = new IdentityRole(PlatformRoles.Leader) { NormalizedName = PlatformRoles.Leader.ToUpperInvariant() };
            db.Roles.Add(role);
        }

        db.Users.Add(new PlatformUser
        {
            Id = account.Id,
            UserName = account.UserName,
            NormalizedUserName = account.UserName.ToUpperInvariant(),
            DisplayName = account.DisplayName,
            UnitId = database.UnitIdOf(account.UnitPath),
            SecurityStamp = Guid.NewGuid().ToString("N"),
        });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = account.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
    }
}
