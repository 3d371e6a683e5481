namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

public sealed class Box
{
    public int Id { get; set; }
    public string Label { get; set; } = "";
    public List<Gadget> Gadgets { get; set; } = [];
}
