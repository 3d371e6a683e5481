namespace Platform.Workflow.Mediation;

/// <summary>The lengths and counts the mediation inputs may reach.</summary>
public static class MediationLimits
{
    public const int Subject = 200;
    public const int Place = 200;
    public const int Name = 100;
    public const int Phone = 32;
    public const int Side = 50;
    public const int Organization = 100;
    public const int Reason = 2_000;
    public const int Agreement = 10_000;
    public const int Parties = 50;
    public const int Mediators = 20;
}
