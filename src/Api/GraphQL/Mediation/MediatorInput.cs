using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediatorInput
{
    public MediatorKind Kind { get; set; }
    public string? Name { get; set; }
    public string? ElderId { get; set; }
    public string? Organization { get; set; }
}
