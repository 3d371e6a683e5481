namespace Platform.Api.GraphQL.Cases;

public sealed class PetitionerInput
{
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public string? Address { get; set; }
}
