namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

public sealed class Gadget
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Notes { get; set; }
    public GadgetKind Kind { get; set; }
    public int Weight { get; set; }
    public long Serial { get; set; }
    public DateTime MadeAt { get; set; }
    public DateTime? SoldAt { get; set; }
    public bool Active { get; set; }
    public int? Rating { get; set; }
    public int BoxId { get; set; }
    public Box? Box { get; set; }
}
