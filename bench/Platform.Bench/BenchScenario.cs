namespace Platform.Bench;

/// <summary>
/// Who the benchmark reads as, and where: demo accounts, so that the same requests work on every
/// generated database. 楼浦村 gets the same number of cases at every size (see
/// <see cref="Generation.CasePlanner.CommitteeCases"/>), so that its page is the same page at 10k
/// as at 1M cases and only the size of the tables around it changes.
/// </summary>
internal static class BenchScenario
{
    public const string CommitteePath = "/sh/putuo/taopu/loupu/";
    public const string CommitteeUser = "loupu.proxy";
    public const string TownshipPath = "/sh/putuo/taopu/";
    public const string TownshipUser = "taopu.officer";
    public const string CityUser = "sh.admin";
}
