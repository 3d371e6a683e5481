namespace Platform.Data.Entities;

/// <summary>
/// An appointment at a reception day (主动约访), visible to the schedule's unit and to the unit that
/// booked it; the petitioner's name and phone are PII. Received, it links the case it produced.
/// </summary>
public sealed class ReceptionAppointment : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int ScheduleId { get; set; }
    public ReceptionSchedule? Schedule { get; set; }

    /// <summary>The schedule's owner path.</summary>
    public string OwnerPath { get; set; } = "";
    public DateTime At { get; set; }
    public string PetitionerName { get; set; } = "";
    public string? PetitionerPhone { get; set; }
    public int Headcount { get; set; } = 1;
    public CaseCategory Category { get; set; }
    public string Subject { get; set; } = "";
    public string Description { get; set; } = "";
    public AppointmentStatus Status { get; set; }
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    public string BookedById { get; set; } = "";

    /// <summary>The booking unit's path: a committee that booked for a resident sees its booking.</summary>
    public string BookedByPath { get; set; } = "";
    public DateTime BookedAt { get; set; }
    public int Version { get; set; } = 1;
}
