namespace Platform.Api.GraphQL.Cases;

/// <summary>Base of the inputs that change an existing case.</summary>
public abstract class CaseChangeInput
{
    public string CaseId { get; set; } = "";

    public int Version { get; set; }
}
