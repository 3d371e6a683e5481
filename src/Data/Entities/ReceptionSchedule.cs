namespace Platform.Data.Entities;

/// <summary>
/// A leader's reception day (领导接待日) at a unit: weekly on <see cref="Weekday"/> or on the dates
/// appointments are booked for, at a place. A service (rule 2): the unit's subtree and its
/// descendants' principals see it, so that a committee can book for a resident.
/// </summary>
public sealed class ReceptionSchedule : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public string OwnerPath { get; set; } = "";

    /// <summary>The leader's account id; the leader receives the appointments and becomes the cases' first receiver.</summary>
    public string LeaderId { get; set; } = "";
    public string LeaderName { get; set; } = "";
    public string Place { get; set; } = "";

    /// <summary>The weekday of a weekly reception (Thursday morning at 桃浦), or null for dated slots only.</summary>
    public DayOfWeek? Weekday { get; set; }
    public int Version { get; set; } = 1;
}
