namespace Platform.Api.GraphQL.Cases;

public sealed class ReplyToSupervisionInput : CaseChangeInput
{
    public string SupervisionId { get; set; } = "";

    public string Reply { get; set; } = "";
}
