namespace Platform.Api.GraphQL.Cases;

public sealed class ExtendDeadlineInput : CaseChangeInput
{
    public int Days { get; set; }

    public string Reason { get; set; } = "";
}
