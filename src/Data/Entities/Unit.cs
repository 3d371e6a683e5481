namespace Platform.Data.Entities;

/// <summary>A node of the jurisdiction tree. Units are never hard-deleted.</summary>
public sealed class Unit
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public List<Unit> Children { get; set; } = [];

    /// <summary>Codes from the root joined by '/', with leading and trailing slash: <c>/sh/putuo/</c>.</summary>
    public string Path { get; set; } = "";
    public int Depth { get; set; }

    /// <summary>Set when an admin deactivated the unit: it gets no new cases or shares; its records stay.</summary>
    public DateTime? DeactivatedAt { get; set; }
}
