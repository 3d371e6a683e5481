namespace Platform.Api.GraphQL.Cases;

public sealed class AcceptReferralInput : CaseChangeInput
{
    public string? Note { get; set; }
}
