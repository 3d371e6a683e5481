using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>
/// What a unit's state and kind allow a case (DESIGN §10, README "Units"): a deactivated unit takes
/// no new cases or shares; a functional department (DEPARTMENT) is not a level of the hierarchy,
/// so work reaches it by referral (转办, even from the township above it) or assistance (协办), never by
/// assignment (交办), which moves work down the administrative levels.
/// </summary>
public static class CaseUnitRules
{
    public const string DeactivatedMessage = "The unit is deactivated: it takes no new cases or shares.";

    public static void RequireActive(Unit unit)
    {
        if (unit.DeactivatedAt is not null)
        {
            throw new InvalidInputException("unitId", DeactivatedMessage);
        }
    }

    /// <summary>Why <paramref name="target"/> cannot be assigned a case, or null when it can.</summary>
    public static string? AssignmentRefusal(Unit target) => target.Kind == UnitKind.Department
        ? "A department is not a level below the handling unit: refer the case to it or ask it to assist."
        : null;

    /// <summary>A department may be referred to from any unit, its own township and district included.</summary>
    public static bool IsReferableRegardlessOfLevel(Unit target) => target.Kind == UnitKind.Department;
}
