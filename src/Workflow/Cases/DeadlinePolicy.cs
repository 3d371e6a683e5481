namespace Platform.Workflow.Cases;

/// <summary>
/// Configuration section <c>Cases:Deadlines</c>. Defaults follow the national Regulations on
/// Letters and Visits: decide on acceptance within 15 days, handle within 60 days of acceptance,
/// one extension of at most 30 days.
/// </summary>
public sealed class DeadlinePolicy
{
    public const string Section = "Cases:Deadlines";

    public int AcceptDays { get; set; } = 15;

    public int ResolveDays { get; set; } = 60;

    public int MaxExtensionDays { get; set; } = 30;

    /// <summary>A case is due soon within this many days of its deadline.</summary>
    public int DueSoonDays { get; set; } = 3;
}
