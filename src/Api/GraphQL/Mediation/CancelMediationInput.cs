namespace Platform.Api.GraphQL.Mediation;

public sealed class CancelMediationInput : SessionChangeInput
{
    public string Reason { get; set; } = "";
}
