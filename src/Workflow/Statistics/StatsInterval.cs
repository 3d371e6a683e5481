namespace Platform.Workflow.Statistics;

/// <summary>The length of each period of a statistics series.</summary>
public enum StatsInterval { Month, Week }
