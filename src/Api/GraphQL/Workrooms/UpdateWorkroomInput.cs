namespace Platform.Api.GraphQL.Workrooms;

public sealed class UpdateWorkroomInput : WorkroomChangeInput
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? OpeningHours { get; set; }
    public string? Description { get; set; }
}
