namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationPartyInput
{
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
    public string? Side { get; set; }
}
