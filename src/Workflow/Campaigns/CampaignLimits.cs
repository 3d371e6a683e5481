namespace Platform.Workflow.Campaigns;

/// <summary>The lengths the campaign and suggestion inputs may reach.</summary>
public static class CampaignLimits
{
    public const int Title = 200;
    public const int Description = 4_000;
    public const int Summary = 10_000;
    public const int Content = 10_000;
    public const int Topic = 100;
    public const int Response = 10_000;
    public const int Note = 4_000;
    public const int SubmitterName = 100;
    public const int SubmitterPhone = 32;
}
