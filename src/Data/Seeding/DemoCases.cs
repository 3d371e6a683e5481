namespace Platform.Data.Seeding;

/// <summary>The demo cases of DESIGN §8, one table per district, drawn from 2023 doorstep petition stories.</summary>
internal static partial class DemoCases
{
    private const string Sh = "/sh/";
    private const string Putuo = "/sh/putuo/";
    private const string Taopu = "/sh/putuo/taopu/";
    private const string Loupu = "/sh/putuo/taopu/loupu/";
    private const string LoupuGrid = "/sh/putuo/taopu/loupu/g1/";
    private const string Chunguang = "/sh/putuo/taopu/chunguang/";
    private const string Zhenjian = "/sh/putuo/taopu/zhenjian/";
    private const string Ziteng = "/sh/putuo/taopu/ziteng/";
    private const string ZitengGrid = "/sh/putuo/taopu/ziteng/g1/";
    private const string Baoshan = "/sh/baoshan/";
    private const string Yanghang = "/sh/baoshan/yanghang/";
    private const string YhCun1 = "/sh/baoshan/yanghang/yhcun1/";
    private const string YhCun2 = "/sh/baoshan/yanghang/yhcun2/";
    private const string Yangpu = "/sh/yangpu/";
    private const string Changbai = "/sh/yangpu/changbai/";
    private const string Jiefang228 = "/sh/yangpu/changbai/jiefang228/";
    private const string Antu = "/sh/yangpu/changbai/antu/";
    private const string AntuGrid = "/sh/yangpu/changbai/antu/g1/";
    private const string Songjiang = "/sh/songjiang/";
    private const string Shihudang = "/sh/songjiang/shihudang/";
    private const string ShdCun1 = "/sh/songjiang/shihudang/shdcun1/";
    private const string ShdCun2 = "/sh/songjiang/shihudang/shdcun2/";

    /// <summary>Keys of the cases other parts of the dataset refer to.</summary>
    public const string ZitengCracks = "ziteng-cracks";
    public const string TrainingFee = "taopu-training-fee";
    public const string YangpuReferralPending = "changbai-wages-referral";
    public const string YangpuReferralAccepted = "antu-training-referral";
    public const string TaopuTrucksAssist = "taopu-trucks-assist";
    public const string YanghangLeak = "yanghang-leak";
    public const string YanghangInheritance = "yanghang-inheritance";
    public const string YanghangBoundary = "yanghang-boundary";
    public const string ShihudangDrain = "shihudang-drain";
    public const string TaopuParking = "ziteng-parking";

    public static IReadOnlyList<DemoCaseSpec> All => [.. PutuoCases, .. BaoshanCases, .. YangpuCases, .. SongjiangCases];
}
