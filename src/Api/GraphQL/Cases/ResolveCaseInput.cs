namespace Platform.Api.GraphQL.Cases;

public sealed class ResolveCaseInput : CaseChangeInput
{
    public string Answer { get; set; } = "";
}
