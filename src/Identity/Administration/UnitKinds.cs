using Platform.Data.Entities;

namespace Platform.Identity.Administration;

/// <summary>
/// Which kind of unit may be created under which: 市 → 区 → 镇/街道 → 居委会/村委会 → 网格, and a
/// functional department (<see cref="UnitKind.Department"/>) under a district or township. A
/// department holds no units: it is a share target, not a level of the tree. The city is the
/// root and comes only from the bootstrap's unit tree.
/// </summary>
public static class UnitKinds
{
    public static bool MayHoldChild(UnitKind parent, UnitKind child) => (parent, child) switch
    {
        (UnitKind.City, UnitKind.District) => true,
        (UnitKind.District, UnitKind.Township or UnitKind.Department) => true,
        (UnitKind.Township, UnitKind.Committee or UnitKind.Department) => true,
        (UnitKind.Committee, UnitKind.Grid) => true,
        _ => false,
    };

    public static string Explain(UnitKind parent, UnitKind child) =>
        $"A {Name(child)} cannot be created under a {Name(parent)}.";

    private static string Name(UnitKind kind) => kind.ToString().ToUpperInvariant();
}
