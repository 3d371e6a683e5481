namespace Platform.Workflow.Visits;

/// <summary>The lengths and counts the visit inputs may reach.</summary>
public static class VisitLimits
{
    public const int Team = 200;
    public const int Question = 500;
    public const int Option = 200;
    public const int Options = 10;
    public const int Questions = 30;
    public const int Issue = 2_000;
    public const int Issues = 100;
    public const int Answer = 2_000;
    public const int Responses = 500;
    public const int Households = 100_000;
    public const int MaxRating = 5;
}
