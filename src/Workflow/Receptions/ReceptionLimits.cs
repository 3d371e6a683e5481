namespace Platform.Workflow.Receptions;

/// <summary>The lengths the reception inputs may reach; the petition's own fields follow the case limits.</summary>
public static class ReceptionLimits
{
    public const int Place = 200;
    public const int UserName = 256;
}
