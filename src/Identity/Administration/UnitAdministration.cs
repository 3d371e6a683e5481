using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Identity.Administration;

/// <summary>
/// Units in the admin's subtree: create (departments included), rename, deactivate — never
/// delete (DESIGN §3, §10). Which kind goes under which is <see cref="UnitKinds"/>.
/// </summary>
public sealed class UnitAdministration(PlatformDbContext db, IClock clock)
{
    public async Task<Unit> CreateAsync(AdminActor actor, CreateUnitCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var code = command.Code?.Trim() ?? "";
        if (!UnitPath.IsValidCode(code))
        {
            throw AdministrationException.Invalid("code", "'code' must be 1 to 40 lowercase letters, digits or '-'.");
        }

        var name = AdminText.Required("name", command.Name, 100);
        var parent = command.ParentId is { } parentId
            ? await db.Units.SingleOrDefaultAsync(u => u.Id == parentId, cancellationToken)
            : null;
        actor.RequireInSubtree(parent?.Path, "Parent unit");
        if (parent!.DeactivatedAt is not null)
        {
            throw AdministrationException.InvalidState("create a unit under this unit", "DEACTIVATED");
        }

        if (!UnitKinds.MayHoldChild(parent.Kind, command.Kind))
        {
            throw AdministrationException.Invalid("kind", UnitKinds.Explain(parent.Kind, command.Kind));
        }

        var path = UnitPath.Child(parent.Path, code);
        if (await db.Units.AnyAsync(u => u.Path == path, cancellationToken))
        {
            throw AdministrationException.Invalid("code", $"The parent already has a unit with the code '{code}'.");
        }

        var unit = new Unit { Code = code, Name = name, Kind = command.Kind, ParentId = parent.Id, Path = path, Depth = parent.Depth + 1 };
        db.Units.Add(unit);
        AuditLog.Append(db, actor, clock.UtcNow, path, "UNIT_CREATED", AuditLog.Unit, path, new { name, kind = command.Kind.ToString().ToUpperInvariant() });
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    public async Task<Unit> RenameAsync(AdminActor actor, int unitId, string? newName, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var name = AdminText.Required("name", newName, 100);
        var unit = await FindAsync(actor, unitId, cancellationToken);
        var old = unit.Name;
        unit.Name = name;
        AuditLog.Append(db, actor, clock.UtcNow, unit.Path, "UNIT_RENAMED", AuditLog.Unit, unit.Path, new { from = old, to = name });
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    /// <summary>
    /// The unit gets no new cases or shares; its records, users and history stay. Only units
    /// strictly below the admin's own, and only once their own sub-units are deactivated.
    /// </summary>
    public async Task<Unit> DeactivateAsync(AdminActor actor, int unitId, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var unit = await FindAsync(actor, unitId, cancellationToken);
        if (unit.Path == actor.UnitPath)
        {
            throw AdministrationException.NotAuthorized("An admin cannot deactivate its own unit.");
        }

        if (unit.DeactivatedAt is not null)
        {
            throw AdministrationException.InvalidState("deactivate the unit", "DEACTIVATED");
        }

        if (await db.Units.AnyAsync(u => u.ParentId == unit.Id && u.DeactivatedAt == null, cancellationToken))
        {
            throw AdministrationException.Invalid("unitId", "Deactivate the unit's active sub-units first.");
        }

        unit.DeactivatedAt = clock.UtcNow;
        AuditLog.Append(db, actor, clock.UtcNow, unit.Path, "UNIT_DEACTIVATED", AuditLog.Unit, unit.Path);
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    private async Task<Unit> FindAsync(AdminActor actor, int unitId, CancellationToken cancellationToken)
    {
        // Units carry no tenant filter (every unit's name is public, DESIGN §4); acting on one needs it
        // in the admin's subtree, and one outside answers NOT_FOUND like an unknown id
        // (AdministrationTests.AnAdminOfAnotherDistrict_Should_Get_NotFound_ForAUserOrUnitOutsideItsSubtree).
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        actor.RequireInSubtree(unit?.Path, "Unit");
        return unit!;
    }
}
