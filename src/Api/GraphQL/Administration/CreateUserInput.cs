namespace Platform.Api.GraphQL.Administration;

/// <summary>The input of an administration mutation; the rules in src/Identity/Administration validate it.</summary>
public sealed class CreateUserInput
{
    public string UnitId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}
