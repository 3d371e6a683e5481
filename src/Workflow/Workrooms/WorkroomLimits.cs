namespace Platform.Workflow.Workrooms;

/// <summary>The lengths the workroom inputs may reach.</summary>
public static class WorkroomLimits
{
    public const int Name = 100;
    public const int Address = 300;
    public const int OpeningHours = 200;
    public const int Description = 2_000;
    public const int Phone = 32;
    public const int Account = 256;
}
