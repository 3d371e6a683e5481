using Platform.Bench.Tokens;

namespace Platform.Bench.Requests;

/// <summary>The benchmark's requests over one database, with tokens minted for its demo accounts.</summary>
internal sealed class RequestSet
{
    private readonly Dictionary<string, string> tokens;

    private RequestSet(Dictionary<string, string> tokens) => this.tokens = tokens;

    public static RequestSet For(string database)
    {
        using var minter = TokenMinter.For(database);
        return new RequestSet(new[] { BenchScenario.CommitteeUser, BenchScenario.TownshipUser, BenchScenario.CityUser }
            .ToDictionary(user => user, user => minter.For(user)));
    }

    public BenchRequest Committee(int first = 20) =>
        BenchRequest.Create($"committee queue page (first: {first})", BenchScenario.CommitteeUser, tokens[BenchScenario.CommitteeUser],
            BenchQueries.CommitteeQueue, new { first });

    public BenchRequest Township(int first = 20) =>
        BenchRequest.Create($"township cases page (first: {first})", BenchScenario.TownshipUser, tokens[BenchScenario.TownshipUser],
            BenchQueries.TownshipCases, new { first });

    public BenchRequest CityWide() =>
        BenchRequest.Create("city-wide open cases", BenchScenario.CityUser, tokens[BenchScenario.CityUser], BenchQueries.CityWide);

    public IEnumerable<BenchRequest> All => [Committee(), Township(), CityWide()];

    public BenchRequest ByName(string name, int first) => name switch
    {
        "committee" => Committee(first),
        "township" => Township(first),
        "city" => CityWide(),
        _ => throw new ArgumentException($"Unknown request '{name}'; use committee, township or city."),
    };
}
