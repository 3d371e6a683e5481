namespace Platform.Workflow.Statistics;

/// <summary>
/// Cases registered in the period (<see cref="Current"/>) and in the period of the same length just
/// before it (<see cref="Previous"/>) for one category or unit; <see cref="Rise"/> is the difference.
/// </summary>
public sealed record HotSpot<TKey>(TKey Key, int Current, int Previous)
{
    public int Rise => Current - Previous;

    /// <summary>rise ÷ previous; null when the previous period had none.</summary>
    public double? Growth => Previous == 0 ? null : (double)Rise / Previous;
}
