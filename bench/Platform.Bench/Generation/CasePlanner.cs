using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Bench.Generation;

/// <summary>One case to generate: where and when it was registered, its id and number, and the seed of its details.</summary>
internal readonly record struct CasePlan(int Id, UnitNode Owner, DateTime RegisteredAt, string Number, int Seed);

/// <summary>
/// Decides, for every case, its owner unit and registration time, then numbers the cases the way
/// the app would have: ids in order of registration, and per district prefix and year a sequence
/// that continues the database's <c>CaseNumberCounters</c>.
/// </summary>
internal static class CasePlanner
{
    /// <summary>Cases owned in 楼浦村 and its grids at every database size (about 2× an average committee at 1M).</summary>
    public const int CommitteeCases = 450;

    /// <summary>Registrations spread over the year before generation.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(365);

    public static List<CasePlan> Plan(UnitTree tree, int count, DateTime now, int seed, int firstId, Dictionary<string, int> counters)
    {
        var committee = tree.ByPath(BenchScenario.CommitteePath);
        var fixedOwners = new[] { committee, committee, committee, committee, committee, committee, committee }
            .Concat(committee.Children).ToArray();
        var fixedCount = Math.Min(CommitteeCases, count / 4);

        var heads = new (UnitNode Owner, DateTime At, int Seed)[count];

        // The committee's cases come from their own stream, so that they are the same cases at every size.
        var fixedRandom = new Random(1009);
        for (var i = 0; i < fixedCount; i++)
        {
            heads[i] = (fixedOwners[fixedRandom.Next(fixedOwners.Length)], Before(now, fixedRandom), 1_000_003 * (i + 1));
        }

        var random = new Random(seed);
        var picker = new WeightedUnits(tree.All.Where(u => !u.Path.StartsWith(committee.Path, StringComparison.Ordinal)));
        for (var i = fixedCount; i < count; i++)
        {
            heads[i] = (picker.Pick(random), Before(now, random), random.Next());
        }

        Array.Sort(heads, (a, b) => a.At.CompareTo(b.At));
        var plans = new List<CasePlan>(count);
        for (var i = 0; i < count; i++)
        {
            var (owner, at, caseSeed) = heads[i];
            var prefix = CaseNumbers.PrefixOf(owner.Path);
            var key = $"{prefix}-{at.Year}";
            var sequence = counters[key] = counters.GetValueOrDefault(key) + 1;
            plans.Add(new CasePlan(firstId + i, owner, at, CaseNumbers.Format(prefix, at.Year, sequence), caseSeed));
        }

        return plans;
    }

    private static DateTime Before(DateTime now, Random random) =>
        now - TimeSpan.FromTicks((long)(TimeSpan.FromHours(1).Ticks + random.NextDouble() * (Span - TimeSpan.FromHours(1)).Ticks));

    /// <summary>
    /// Cases are mostly received where people live: a committee weighs 1, a grid ½, a township's
    /// own office 3, a district's 2; the city office receives none here.
    /// </summary>
    private sealed class WeightedUnits
    {
        private readonly UnitNode[] units;
        private readonly double[] cumulative;

        public WeightedUnits(IEnumerable<UnitNode> candidates)
        {
            var weighted = candidates.Select(u => (Unit: u, Weight: u.Kind switch
            {
                UnitKind.Committee => 1.0,
                UnitKind.Grid => 0.5,
                UnitKind.Township => 3.0,
                UnitKind.District => 2.0,
                _ => 0.0,
            })).Where(x => x.Weight > 0).ToArray();
            units = [.. weighted.Select(x => x.Unit)];
            cumulative = new double[units.Length];
            var sum = 0.0;
            for (var i = 0; i < weighted.Length; i++)
            {
                cumulative[i] = sum += weighted[i].Weight;
            }
        }

        public UnitNode Pick(Random random)
        {
            var at = random.NextDouble() * cumulative[^1];
            var index = Array.BinarySearch(cumulative, at);
            return units[index < 0 ? ~index : index];
        }
    }
}
