namespace Platform.Bench.Report;

/// <summary>One row of issue 10's table as measured: both servers' figures, the goal and whether it is met.</summary>
internal sealed record Figure(string What, string Platform, string HandWritten, string Goal, bool? Met)
{
    public string Verdict => Met switch { true => "met", false => "NOT met", null => "—" };
}
