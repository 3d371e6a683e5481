namespace Platform.Api.GraphQL.Mediation;

/// <summary>Base of the inputs that change an existing mediation session.</summary>
public abstract class SessionChangeInput
{
    public string SessionId { get; set; } = "";

    public int Version { get; set; }
}
