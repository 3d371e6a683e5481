namespace Platform.Bench.Measurements;

/// <summary>
/// How long and how often each measurement runs; <c>smoke</c> runs everything once, briefly.
/// <see cref="Settle"/> is the load both servers get once before the first figure, until their
/// tiered compilation has settled; <see cref="Warmup"/> the load before each figure.
/// </summary>
internal sealed record BenchSettings(
    TimeSpan Settle, TimeSpan Warmup, TimeSpan Burst, int Rounds, int[] Concurrency, int SlowSamples, TimeSpan SlowBudget, int ColdStarts)
{
    /// <summary>The figures to measure: committee, city, township, tenant, latency, commands, cold; all when empty.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();

    public bool Includes(string figure) => Only.Count == 0 || Only.Contains(figure);

    public static BenchSettings From(BenchArguments arguments) => new(
        arguments.Seconds("settle", 30),
        arguments.Seconds("warmup", 3),
        arguments.Seconds("duration", 5),
        arguments.Count("rounds", 3),
        [1, 8, 32],
        arguments.Count("slow-samples", 3),
        arguments.Seconds("slow-budget", 120),
        arguments.Count("cold-starts", 5))
    {
        Only = (arguments.Text("only") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
    };

    public static BenchSettings Smoke { get; } = new(
        TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.5), 1, [1, 8, 32], 1, TimeSpan.FromSeconds(10), 1);
}
