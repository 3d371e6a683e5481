namespace Platform.Data.Entities;

/// <summary>
/// A working meeting of a unit (例会, 联席会, 民情分析会) with attending units, agenda items and
/// decisions. Visible in the owner's subtree and to every attending unit's subtree.
/// </summary>
public sealed class Meeting : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public string OwnerPath { get; set; } = "";
    public MeetingKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateTime HeldAt { get; set; }
    public string Place { get; set; } = "";
    public string? Minutes { get; set; }
    public int Version { get; set; } = 1;
    public List<MeetingAttendee> Attendees { get; set; } = [];
    public List<MeetingAgendaItem> AgendaItems { get; set; } = [];
    public List<MeetingDecision> Decisions { get; set; } = [];
}
