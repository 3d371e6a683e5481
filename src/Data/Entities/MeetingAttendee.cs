namespace Platform.Data.Entities;

/// <summary>
/// A unit attending a meeting (departments included). Its path widens the meeting's visibility, so
/// the meeting's tenant filter reads these rows; they are read only through their meeting.
/// </summary>
public sealed class MeetingAttendee
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string UnitPath { get; set; } = "";
}
