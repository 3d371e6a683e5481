namespace Platform.Api.GraphQL.Workrooms;

/// <summary>Base of the inputs that change an existing workroom.</summary>
public abstract class WorkroomChangeInput
{
    public string WorkroomId { get; set; } = "";

    public int Version { get; set; }
}
