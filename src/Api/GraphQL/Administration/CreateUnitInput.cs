using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Administration;

/// <summary>The input of an administration mutation; the rules in src/Identity/Administration validate it.</summary>
public sealed class CreateUnitInput
{
    public string ParentId { get; set; } = "";
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
}
