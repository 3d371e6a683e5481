using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Workflow.Common;

/// <summary>Units named in an input: read from the directory (rule 3), checked against the actor's subtree where the rule asks.</summary>
public static class Units
{
    /// <summary>The unit with <paramref name="key"/>, or null.</summary>
    public static Task<Unit?> FindAsync(Change change, int key) =>
        change.Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == key, change.CancellationToken);

    /// <summary>
    /// The unit that is to own something new: <paramref name="key"/>, or the actor's own unit when
    /// it is null; "No such unit." or <paramref name="outsideScope"/> on <paramref name="field"/>
    /// when it does not exist or lies outside the actor's subtree; a deactivated unit owns nothing new. Reports into <paramref name="check"/>.
    /// </summary>
    public static async Task<Unit?> InScopeAsync(Change change, int? key, InputValidator check, string outsideScope, string field = "unitId")
    {
        var id = key ?? change.Actor.UnitId;
        var unit = id is { } k ? await FindAsync(change, k) : null;
        if (unit is null)
        {
            check.Add(field, "No such unit.");
        }
        else if (!change.Actor.Scope.Contains(unit.Path))
        {
            check.Add(field, outsideScope);
        }
        else if (unit.DeactivatedAt is not null)
        {
            check.Add(field, Cases.CaseUnitRules.DeactivatedMessage);
        }

        return unit;
    }
}
