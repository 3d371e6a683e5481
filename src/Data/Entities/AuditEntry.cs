namespace Platform.Data.Entities;

/// <summary>
/// One administration act (a unit, user or client created or changed), immutable. Belongs to the
/// unit the act concerns (<see cref="OwnerPath"/>), so that it is visible in that unit's subtree
/// and to its ancestors' admins, like any record (DESIGN §4 rule 1, §10).
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public int Id { get; set; }

    /// <summary>The path of the unit concerned: the unit itself, the user's unit, or the client's unit.</summary>
    public string OwnerPath { get; set; } = "";

    /// <summary>What happened, e.g. <c>UNIT_CREATED</c>, <c>USER_LOCKED</c>, <c>CLIENT_SECRET_ROTATED</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary><c>UNIT</c>, <c>USER</c> or <c>CLIENT</c>.</summary>
    public string SubjectKind { get; set; } = "";

    /// <summary>The unit's path, the user name or the client id.</summary>
    public string Subject { get; set; } = "";

    public DateTime OccurredAt { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public int ActorUnitId { get; set; }

    /// <summary>Action-specific details as a JSON object; never a secret or an activation code.</summary>
    public string? Data { get; set; }
}
