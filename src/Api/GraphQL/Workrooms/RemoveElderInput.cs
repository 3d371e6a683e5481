namespace Platform.Api.GraphQL.Workrooms;

public sealed class RemoveElderInput : WorkroomChangeInput
{
    public string ElderId { get; set; } = "";
}
