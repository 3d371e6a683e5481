namespace Platform.Workflow.Receptions;

/// <summary>The leader receives a booked appointment: its key and the version the client read.</summary>
public sealed record ReceiveAppointmentInput
{
    public int AppointmentId { get; init; }
    public int Version { get; init; }
}
