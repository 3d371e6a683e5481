namespace Platform.Api.GraphQL.Administration;

/// <summary>The input of an administration mutation; the rules in src/Identity/Administration validate it.</summary>
public sealed class RenameUnitInput
{
    public string UnitId { get; set; } = "";
    public string Name { get; set; } = "";
}
