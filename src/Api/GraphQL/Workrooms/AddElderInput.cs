namespace Platform.Api.GraphQL.Workrooms;

public sealed class AddElderInput : WorkroomChangeInput
{
    public string Name { get; set; } = "";
    public List<string> Expertise { get; set; } = [];
    public string? Phone { get; set; }
    public string? Account { get; set; }
}
