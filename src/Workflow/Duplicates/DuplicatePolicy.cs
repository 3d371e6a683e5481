namespace Platform.Workflow.Duplicates;

/// <summary>Configuration section <c>Cases:Duplicates</c>.</summary>
public sealed class DuplicatePolicy
{
    public const string Section = "Cases:Duplicates";

    /// <summary>How far back registrations count as possible repeats.</summary>
    public int WindowDays { get; set; } = 180;

    /// <summary>The share of a case's distinct words another case must also contain to count as similar text.</summary>
    public double SimilarTextShare { get; set; } = 0.6;

    /// <summary>The most possible duplicates listed for one case.</summary>
    public int MaxListed { get; set; } = 20;
}
